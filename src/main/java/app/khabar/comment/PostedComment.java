package app.khabar.comment;

/**
 * A stored (and committed) comment: its id and what screening decided.
 * {@link CommentStatus#PENDING} waits for a moderator, {@link CommentStatus#PUBLISHED}
 * shows at once, {@link CommentStatus#REJECTED} is kept but never shown. The receipt is
 * the reader's private link to the comment's state, given once, here.
 */
public record PostedComment(long id, long articleId, CommentStatus status, Receipt receipt) {

	/** The key of the Persian message that tells the reader what happened. */
	public String messageKey() {
		return switch (status) {
			case PENDING -> "comment.posted.pending";
			case PUBLISHED -> "comment.posted.published";
			case REJECTED -> "comment.posted.rejected";
		};
	}

}
