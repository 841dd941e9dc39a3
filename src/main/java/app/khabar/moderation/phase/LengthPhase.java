package app.khabar.moderation.phase;

import java.util.Optional;

import app.khabar.comment.spi.ReasonCode;
import app.khabar.comment.spi.Verdict;

/** Refuses a text shorter or longer than the bounds, counted in characters (code points), spaces at the ends aside. */
public final class LengthPhase implements ScreeningPhase {

	private final int min;

	private final int max;

	public LengthPhase(int min, int max) {
		if (min < 1 || max < min) {
			throw new IllegalArgumentException("length bounds must be 1 <= min <= max");
		}
		this.min = min;
		this.max = max;
	}

	@Override
	public Optional<Verdict> apply(Submission submission) {
		var text = submission.text().strip();
		int length = text.codePointCount(0, text.length());
		if (length < min) {
			return Optional.of(new Verdict.Reject(ReasonCode.TOO_SHORT, Integer.toString(min)));
		}
		if (length > max) {
			return Optional.of(new Verdict.Reject(ReasonCode.TOO_LONG, Integer.toString(max)));
		}
		return Optional.empty();
	}

}
