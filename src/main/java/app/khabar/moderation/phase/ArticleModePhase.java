package app.khabar.moderation.phase;

import java.util.Optional;

import app.khabar.comment.spi.ReasonCode;
import app.khabar.comment.spi.Verdict;

/**
 * The last word: a pre-moderated article holds every comment, a post-moderated one
 * publishes it.
 */
public final class ArticleModePhase implements ScreeningPhase {

	@Override
	public Optional<Verdict> apply(Submission submission) {
		return Optional.of(switch (submission.mode()) {
			case PRE -> new Verdict.Hold(ReasonCode.PREMODERATION);
			case POST -> new Verdict.Publish();
		});
	}

}
