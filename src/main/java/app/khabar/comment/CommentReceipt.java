package app.khabar.comment;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What a commenter's receipt shows: the comment as the reader wrote it (or as erased),
 * where, its state, and, when it is not publishable, the stated reason.
 *
 * @param reasonKey the message key of the reason, for a refused comment; null otherwise
 */
public record CommentReceipt(long commentId, long articleId, @Nullable String authorName, String text,
		CommentStatus status, Instant createdAt, @Nullable String reasonKey) {

	/** The key of the state's Persian label. */
	public String statusKey() {
		return "comment.receipt.status." + status.name();
	}

}
