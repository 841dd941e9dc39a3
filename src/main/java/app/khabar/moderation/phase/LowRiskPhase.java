package app.khabar.moderation.phase;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

import app.khabar.comment.spi.Verdict;

/**
 * A comment the screening model scores below the low threshold is published without
 * review, on a pre-moderated article too; it runs after every rule that holds, so a low
 * score never overrides a suspect word, links, a repeat or a flood. Off (abstains)
 * without a threshold or a score.
 */
public final class LowRiskPhase implements ScreeningPhase {

	private final @Nullable Double low;

	public LowRiskPhase(@Nullable Double low) {
		this.low = low;
	}

	@Override
	public Optional<Verdict> apply(Submission submission) {
		return low != null && submission.risk() != null && submission.risk().score() < low
				? Optional.of(new Verdict.Publish()) : Optional.empty();
	}

}
