package app.khabar.live.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import app.khabar.article.Article;
import app.khabar.article.ArticleKind;
import app.khabar.article.spi.ArticlePagePart;
import app.khabar.live.LiveCoverage;
import app.khabar.live.LiveEntry;
import app.khabar.live.LiveStreams;
import app.khabar.web.Excerpt;
import app.khabar.web.HtmlText;
import app.khabar.web.JsonLd;
import app.khabar.web.PageMeta;
import app.khabar.web.SiteAddress;
import app.khabar.web.Ui;
import gg.jte.Content;
import gg.jte.TemplateEngine;

/**
 * The stream of a live article under its summary: state, pinned entries, the timeline and
 * the update button's place; and the page's schema.org block as a
 * {@code LiveBlogPosting}. The stream's version joins the page's cache key, so the cached
 * page moves with every entry, correction and the end.
 */
@Component
class LivePagePart implements ArticlePagePart {

	/** Updates listed in the schema.org block, newest first. */
	private static final int STRUCTURED_UPDATES = 50;

	private final LiveStreams streams;

	private final LiveEntryViews views;

	private final TemplateEngine templates;

	private final Ui ui;

	private final SiteAddress site;

	LivePagePart(LiveStreams streams, LiveEntryViews views, TemplateEngine templates, Ui ui, SiteAddress site) {
		this.streams = streams;
		this.views = views;
		this.templates = templates;
		this.ui = ui;
		this.site = site;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public String version(Article article) {
		return coverage(article).map(coverage -> "l" + coverage.version()).orElse("-");
	}

	@Override
	public Content render(Article article) {
		Optional<LiveCoverage> coverage = coverage(article);
		if (coverage.isEmpty()) {
			return output -> {
			};
		}
		LiveView view = views.view(coverage.get());
		return output -> templates.render("live/stream.jte", Map.of("ui", ui, "view", view), output);
	}

	@Override
	public Map<String, Object> structuredData(Article article) {
		Optional<LiveCoverage> found = coverage(article);
		if (found.isEmpty()) {
			return Map.of();
		}
		LiveCoverage coverage = found.get();
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("@type", "LiveBlogPosting");
		data.put("coverageStartTime", JsonLd.dateTime(coverage.startedAt()));
		if (coverage.endedAt() != null) {
			data.put("coverageEndTime", JsonLd.dateTime(coverage.endedAt()));
		}
		data.put("dateModified", JsonLd.dateTime(coverage.lastUpdate()));
		List<Map<String, Object>> updates = new ArrayList<>();
		for (LiveEntry entry : coverage.entries().subList(0, Math.min(STRUCTURED_UPDATES, coverage.entries().size()))) {
			Map<String, Object> update = new LinkedHashMap<>();
			update.put("@type", "BlogPosting");
			String text = HtmlText.plain(entry.bodyHtml());
			update.put("headline", entry.title() != null ? entry.title() : Excerpt.of(text, LiveEntry.HEADLINE_MAX));
			update.put("articleBody", text);
			update.put("datePublished", JsonLd.dateTime(entry.postedAt()));
			if (entry.correctedAt() != null) {
				update.put("dateModified", JsonLd.dateTime(entry.correctedAt()));
			}
			update.put("url", site.absolute(article.path()) + "#" + entry.anchor());
			update.put("author", Map.of("@type", "Person", "name", entry.byline()));
			updates.add(update);
		}
		data.put("liveBlogUpdate", updates);
		return data;
	}

	@Override
	public List<PageMeta.Feed> feeds(Article article) {
		return coverage(article).map(coverage -> List.of(new PageMeta.Feed(ui.t("live.feed.title", article.title()),
				"application/rss+xml", "/live/" + article.id() + "/rss")))
			.orElse(List.of());
	}

	private Optional<LiveCoverage> coverage(Article article) {
		return article.kind() == ArticleKind.LIVE ? streams.of(article.id()) : Optional.empty();
	}

}
