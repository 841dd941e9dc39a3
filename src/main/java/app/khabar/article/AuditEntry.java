package app.khabar.article;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One editorial action in the audit log: who did what to which article, when, with an
 * optional detail (a correction note, a retraction reason, a scheduled time).
 */
public record AuditEntry(long id, long articleId, String actor, ArticleAction action, @Nullable String detail,
		Instant createdAt) {
}
