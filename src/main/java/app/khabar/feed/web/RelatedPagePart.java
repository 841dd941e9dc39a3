package app.khabar.feed.web;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import app.khabar.article.Article;
import app.khabar.article.ArticleCatalog;
import app.khabar.article.ArticleSummary;
import app.khabar.article.spi.ArticlePagePart;
import app.khabar.feed.Box;
import app.khabar.feed.Curation;
import app.khabar.feed.FrontVersion;
import app.khabar.search.RelatedArticles;
import app.khabar.web.Ui;
import gg.jte.Content;
import gg.jte.TemplateEngine;

/**
 * Right under the article, above its comments: the related articles, by MoreLikeThis on
 * this node's index, none that the boxes under the page show already. Worked out when the
 * page renders and kept with it.
 */
@Component
class RelatedPagePart implements ArticlePagePart {

	/** Related articles shown, at most. */
	static final int LIMIT = 4;

	private final Curation curation;

	private final FrontVersion frontVersion;

	private final RelatedArticles related;

	private final ArticleCatalog catalog;

	private final TemplateEngine templates;

	private final Ui ui;

	RelatedPagePart(Curation curation, FrontVersion frontVersion, RelatedArticles related, ArticleCatalog catalog,
			TemplateEngine templates, Ui ui) {
		this.curation = curation;
		this.frontVersion = frontVersion;
		this.related = related;
		this.catalog = catalog;
		this.templates = templates;
		this.ui = ui;
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	public String version(Article article) {
		// moves with every publication and box change (and every half minute)
		return frontVersion.current();
	}

	@Override
	public Content render(Article article) {
		List<Long> boxed = Box.UNDER_ARTICLE.stream()
			.flatMap(box -> curation.box(box).stream())
			.map(ArticleSummary::id)
			.toList();
		List<ArticleSummary> alike = catalog.summaries(related.of(article, boxed, LIMIT));
		return output -> templates.render("feed/related.jte", Map.of("ui", ui, "related", alike), output);
	}

}
