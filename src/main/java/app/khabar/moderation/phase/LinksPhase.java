package app.khabar.moderation.phase;

import java.util.Optional;

import app.khabar.comment.spi.ReasonCode;
import app.khabar.comment.spi.Verdict;

/** Holds a comment with this many links or more: the usual shape of spam. */
public final class LinksPhase implements ScreeningPhase {

	private final int holdAt;

	public LinksPhase(int holdAt) {
		if (holdAt < 1) {
			throw new IllegalArgumentException("holdAt must be at least 1");
		}
		this.holdAt = holdAt;
	}

	@Override
	public Optional<Verdict> apply(Submission submission) {
		return submission.linkCount() >= holdAt
				? Optional.of(new Verdict.Hold(ReasonCode.LINKS, Integer.toString(submission.linkCount())))
				: Optional.empty();
	}

}
