package app.khabar.comment;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import app.khabar.comment.spi.ReasonCode;

/**
 * A reader's comment was stored, with the screening's verdict: published at once, held for a moderator (with the
 * reason), or refused as not publishable (with the reason); one of {@link CommentsSubmitted}. It carries the stored
 * name and text, so a listener need not read back the row it was told about.
 */
public record CommentSubmitted(long commentId, long articleId, @Nullable Long parentId, CommentStatus status,
		@Nullable ReasonCode reason, @Nullable String reasonDetail, Instant createdAt, @Nullable String authorName,
		String text) {
}
