package app.khabar.moderation.phase;

import java.util.Optional;

import app.khabar.comment.spi.ReasonCode;
import app.khabar.comment.spi.Verdict;

/** Refuses comments from a banned client (address hash) or under a banned name. */
public final class BannedCommenterPhase implements ScreeningPhase {

	@Override
	public Optional<Verdict> apply(Submission submission) {
		if (submission.clientBanned()) {
			return Optional.of(new Verdict.Reject(ReasonCode.BANNED_CLIENT));
		}
		if (submission.nameBanned()) {
			return Optional.of(new Verdict.Reject(ReasonCode.BANNED_NAME, submission.name()));
		}
		return Optional.empty();
	}

}
