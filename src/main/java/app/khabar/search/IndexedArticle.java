package app.khabar.search;

import java.time.Instant;
import java.util.List;

import app.khabar.article.Article;
import app.khabar.web.HtmlText;

/**
 * What the index keeps of a public article: the searchable text (body as plain text) and
 * what a hit shows.
 */
record IndexedArticle(long id, String title, String lead, String body, List<String> tags, String sectionSlug,
		String sectionName, String path, Instant publishedAt) {

	static IndexedArticle of(Article article) {
		Instant published = article.publishedAt() != null ? article.publishedAt() : article.updatedAt();
		return new IndexedArticle(article.id(), article.title(), article.lead(), HtmlText.plain(article.bodyHtml()),
				article.tags(), article.section().slug(), article.section().name(), article.path(), published);
	}

}
