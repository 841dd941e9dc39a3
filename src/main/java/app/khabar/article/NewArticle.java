package app.khabar.article;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An article to store as it is, for imports and demo content; {@code bodyHtml} is
 * sanitized on the way in. {@code externalId} names where it came from, so that importing
 * again finds it instead of duplicating it.
 */
public record NewArticle(String sectionSlug, ArticleKind kind, @Nullable String kicker, String title, String lead,
		String bodyHtml, Source source, Byline byline, List<String> tags, Media media, ArticleStatus status,
		CommentSettings comments, @Nullable Instant publishedAt, @Nullable String externalId) {

	public NewArticle {
		tags = List.copyOf(tags);
	}

}
