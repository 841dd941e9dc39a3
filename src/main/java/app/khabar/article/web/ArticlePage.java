package app.khabar.article.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import app.khabar.article.Article;
import app.khabar.article.ArticleKind;
import app.khabar.article.VideoEmbeds;
import app.khabar.web.PageMeta;
import gg.jte.Content;

/**
 * The public article page: the article, and the parts other modules render below its
 * body.
 *
 * @param video the player of a video article, null for other kinds or a video whose
 * source is not allowed
 * @param top parts shown under the site header, above the article (the breaking-news
 * ticker)
 */
public record ArticlePage(PageMeta meta, Article article, List<Content> parts, VideoEmbeds.@Nullable Player video,
		List<Content> top) {

	public boolean gallery() {
		return article.kind() == ArticleKind.GALLERY;
	}

}
