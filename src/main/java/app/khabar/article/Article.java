package app.khabar.article;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An article as readers see it. {@code bodyHtml} is sanitized rich text; {@code version}
 * moves with every change.
 */
public record Article(long id, long version, Section section, ArticleKind kind, @Nullable String kicker, String title,
		String lead, String bodyHtml, String slug, Source source, Byline byline, List<String> tags, Media media,
		ArticleStatus status, CommentSettings comments, Instant createdAt, Instant updatedAt,
		@Nullable Instant publishedAt) {

	public Article {
		tags = List.copyOf(tags);
	}

	/** The canonical public path: the id decides, the slug is for people. */
	public String path() {
		return ArticlePaths.of(id, slug);
	}

	/** The article's tags with their keys and pages. */
	public List<Tag> tagList() {
		return tags.stream().map(Tag::of).toList();
	}

	/** Whether the article was changed after it was published (shown as "updated"). */
	public boolean updatedAfterPublication() {
		return publishedAt != null && updatedAt.isAfter(publishedAt.plusSeconds(60));
	}

}
