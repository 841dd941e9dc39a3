package app.khabar.article.web;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Caffeine;

import app.khabar.article.Article;
import app.khabar.article.ArticleDesk;
import app.khabar.article.ArticleNote;
import app.khabar.article.spi.ArticlePagePart;
import app.khabar.shared.ReadThroughCache;
import app.khabar.web.Ui;
import gg.jte.Content;
import gg.jte.TemplateEngine;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

/**
 * With the article: its corrections with their Jalali times; on a retracted article's
 * notice page, the reason (the short link for sharing is in the article's share links). A
 * note moves the article's version, which the page's cache key already holds.
 */
@Component
class ArticleNotesPart implements ArticlePagePart, MeterBinder {

	private final ArticleDesk desk;

	private final TemplateEngine templates;

	private final Ui ui;

	/**
	 * Notes change only with the article's version, which is part of the key: no eviction
	 * needed.
	 */
	private final ReadThroughCache<String, List<ArticleNote>> notes = ReadThroughCache
		.of(Caffeine.newBuilder().recordStats().maximumSize(5_000));

	ArticleNotesPart(ArticleDesk desk, TemplateEngine templates, Ui ui) {
		this.desk = desk;
		this.templates = templates;
		this.ui = ui;
	}

	@Override
	public int order() {
		return -100;
	}

	@Override
	public String version(Article article) {
		return "n";
	}

	@Override
	public boolean showsOnRetracted() {
		return true;
	}

	@Override
	public Content render(Article article) {
		var view = new ArticleNotesView(
				notes.get(article.id() + "@" + article.version(), key -> desk.notes(article.id())));
		return output -> templates.render("article/notes.jte", Map.of("ui", ui, "view", view), output);
	}

	/** Its cache's hits and misses ({@code cache.gets}, README "Metrics"). */
	@Override
	public void bindTo(MeterRegistry meters) {
		CaffeineCacheMetrics.monitor(meters, notes.async(), "article.notes");
	}

}
