package app.khabar.moderation.web;

import java.util.List;

import app.khabar.moderation.ModerationAction;
import app.khabar.moderation.QueueEntry;
import app.khabar.moderation.RejectReason;

/** A comment's page on the desk: the comment, its edit form and its decision history. */
public record CommentView(Csrf csrf, QueueEntry entry, List<ModerationAction> history,
		List<RejectReason> rejectReasons) {

	public CommentView {
		history = List.copyOf(history);
		rejectReasons = List.copyOf(rejectReasons);
	}

	public String self() {
		return "/moderation/comments/" + entry.commentId();
	}

}
