package app.khabar.article;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What an editor writes of an article: everything but its identity, status and times.
 * {@code bodyHtml} is rich text from the editor; {@link ArticleLifecycle} sanitizes it
 * before storing.
 */
public record ArticleContent(long sectionId, ArticleKind kind, @Nullable String kicker, String title, String lead,
		String bodyHtml, Source source, Byline byline, List<String> tags, Media media, CommentSettings comments) {

	public ArticleContent {
		tags = List.copyOf(tags);
	}

	/** The content of a stored article, e.g. to fill the editor. */
	public static ArticleContent of(Article article) {
		return new ArticleContent(article.section().id(), article.kind(), article.kicker(), article.title(),
				article.lead(), article.bodyHtml(), article.source(), article.byline(), article.tags(), article.media(),
				article.comments());
	}

}
