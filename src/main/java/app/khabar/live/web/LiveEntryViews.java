package app.khabar.live.web;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import app.khabar.article.Article;
import app.khabar.article.ArticleCatalog;
import app.khabar.article.Media;
import app.khabar.article.VideoEmbeds;
import app.khabar.live.LiveCoverage;
import app.khabar.live.LiveEntry;
import app.khabar.web.Ui;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * Turns entries into what the page and the update checks show, with one template
 * ({@code live/entry.jte}) for both, so an entry fetched by the script looks as it will
 * after a reload.
 */
@Component
class LiveEntryViews {

	private final ArticleCatalog catalog;

	private final VideoEmbeds videos;

	private final TemplateEngine templates;

	private final Ui ui;

	LiveEntryViews(ArticleCatalog catalog, VideoEmbeds videos, TemplateEngine templates, Ui ui) {
		this.catalog = catalog;
		this.videos = videos;
		this.templates = templates;
		this.ui = ui;
	}

	LiveView view(LiveCoverage coverage) {
		return new LiveView(coverage.articleId(), coverage, views(coverage.pinned()), views(coverage.timeline()));
	}

	List<EntryView> views(List<LiveEntry> entries) {
		return entries.stream().map(this::view).toList();
	}

	/** The markup of these entries, as the page's timeline holds them. */
	String html(List<LiveEntry> entries) {
		var output = new StringOutput();
		for (EntryView entry : views(entries)) {
			templates.render("live/entry.jte", Map.of("ui", ui, "view", entry), output);
		}
		return output.toString();
	}

	private EntryView view(LiveEntry entry) {
		String breakout = entry.breakoutArticleId() == null ? null
				: catalog.findPublished(entry.breakoutArticleId()).map(Article::path).orElse(null);
		VideoEmbeds.Player player = entry.media().type() == Media.Type.VIDEO ? videos.player(entry.media().ref())
				: null;
		return new EntryView(entry, breakout, player);
	}

}
