package app.khabar.article;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An article in the newsroom's lists.
 */
public record DeskRow(long id, String title, ArticleStatus status, String sectionName, @Nullable String createdBy,
		Instant updatedAt, @Nullable Instant scheduledAt, @Nullable Instant publishedAt) {
}
