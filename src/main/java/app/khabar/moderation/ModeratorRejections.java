package app.khabar.moderation;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import app.khabar.comment.CommentStatus;
import app.khabar.comment.spi.RejectionReasons;

/**
 * The reason of the latest moderator decision that refused a comment, from the decision
 * log, for the commenter's receipt.
 */
@Component
class ModeratorRejections implements RejectionReasons {

	private final ActionLog actions;

	ModeratorRejections(ActionLog actions) {
		this.actions = actions;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> messageKeyOf(long commentId) {
		List<ModerationAction> history = actions.ofComment(commentId);
		for (ModerationAction action : history.reversed()) {
			if (action.bySystem() || action.toStatus() != CommentStatus.REJECTED
					|| action.fromStatus() == action.toStatus()) {
				continue;
			}
			return Optional.ofNullable(action.reasonCode())
				.flatMap(code -> java.util.Arrays.stream(RejectReason.values())
					.filter(r -> r.name().equals(code))
					.findFirst())
				.map(RejectReason::messageKey);
		}
		return Optional.empty();
	}

}
