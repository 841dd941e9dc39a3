package app.khabar.comment;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import app.khabar.comment.spi.ReasonCode;

/**
 * A reader's comment was stored, with the screening's verdict: published at once, held for a moderator (with the
 * reason), or refused as not publishable (with the reason). Published synchronously inside the posting transaction,
 * so a listener that records it (the moderation queue) commits or fails together with the comment.
 */
public record CommentSubmitted(long commentId, long articleId, @Nullable Long parentId, CommentStatus status,
		@Nullable ReasonCode reason, @Nullable String reasonDetail, Instant createdAt) {
}
