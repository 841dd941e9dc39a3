package app.khabar.moderation.phase;

import java.time.Duration;
import java.util.Optional;

import app.khabar.comment.spi.ReasonCode;
import app.khabar.comment.spi.Verdict;

/**
 * Holds a comment when its client already submitted {@code limit - 1} others within the
 * window: the comment that reaches the limit waits for a moderator.
 */
public final class FloodPhase implements ScreeningPhase {

	private final int limit;

	private final Duration window;

	public FloodPhase(int limit, Duration window) {
		if (limit < 1 || window.isNegative() || window.isZero()) {
			throw new IllegalArgumentException("flood limit and window must be positive");
		}
		this.limit = limit;
		this.window = window;
	}

	@Override
	public Optional<Verdict> apply(Submission submission) {
		var since = submission.submittedAt().minus(window);
		long earlier = submission.recentSubmissions()
			.stream()
			.filter(at -> at.isAfter(since) && !at.isAfter(submission.submittedAt()))
			.count();
		return earlier + 1 >= limit ? Optional.of(new Verdict.Hold(ReasonCode.FLOOD, Long.toString(earlier + 1)))
				: Optional.empty();
	}

}
