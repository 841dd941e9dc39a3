package app.khabar.moderation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import app.khabar.account.StaffMember;
import app.khabar.comment.CommentStatus;

/**
 * One row of the append-only decision log: who (a moderator's username, the actor key of
 * every log, or {@link #SYSTEM} for screening) moved which comment from what to what,
 * why, and whether the text was edited.
 *
 * @param fromStatus the status before, null when the comment was just submitted
 * @param reasonCode screening's {@link app.khabar.comment.spi.ReasonCode} for system
 * actions, a {@link RejectReason} for a moderator's refusal; null otherwise
 * @param reasonText the moderator's note
 */
public record ModerationAction(long id, long commentId, long articleId, String actor, String actorName,
		@Nullable CommentStatus fromStatus, CommentStatus toStatus, @Nullable String reasonCode,
		@Nullable String reasonText, boolean edited, Instant at) {

	/** The actor of screening's decisions. */
	public static final String SYSTEM = StaffMember.SYSTEM;

	public boolean bySystem() {
		return SYSTEM.equals(actor);
	}

	/** The message key of the reason's label, or null without a reason code. */
	public @Nullable String reasonKey() {
		if (reasonCode == null) {
			return null;
		}
		return bySystem() ? "moderation.reason." + reasonCode : "moderation.reject." + reasonCode;
	}

}
