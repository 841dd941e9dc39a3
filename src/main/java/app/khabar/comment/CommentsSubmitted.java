package app.khabar.comment;

import java.util.List;

/**
 * Readers' comments stored together in one transaction (a group commit, or one comment),
 * each with the screening's verdict. Published synchronously inside that transaction, so
 * a listener that records them (the moderation queue) commits or fails together with the
 * comments, and can record a whole batch in one round trip.
 */
public record CommentsSubmitted(List<CommentSubmitted> comments) {

	public CommentsSubmitted {
		comments = List.copyOf(comments);
	}

}
