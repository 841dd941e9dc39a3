package app.khabar.moderation.phase;

import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import app.khabar.comment.spi.ReasonCode;
import app.khabar.comment.spi.Risk;
import app.khabar.comment.spi.Verdict;
import app.khabar.persian.PersianDigits;

/**
 * The screening model's high scores: at the reject threshold the comment is not
 * publishable, at the hold threshold it waits for a moderator (on a post-moderated
 * article too), both with reason {@code LIKELY_OFFENSIVE} and the score and words as the
 * detail. Abstains when no model scored the comment.
 */
public final class RiskPhase implements ScreeningPhase {

	private final @Nullable Double hold;

	private final @Nullable Double reject;

	public RiskPhase(@Nullable Double hold, @Nullable Double reject) {
		this.hold = hold;
		this.reject = reject;
	}

	@Override
	public Optional<Verdict> apply(Submission submission) {
		Risk risk = submission.risk();
		if (risk == null) {
			return Optional.empty();
		}
		if (reject != null && risk.score() >= reject) {
			return Optional.of(new Verdict.Reject(ReasonCode.LIKELY_OFFENSIVE, describe(risk)));
		}
		if (hold != null && risk.score() >= hold) {
			return Optional.of(new Verdict.Hold(ReasonCode.LIKELY_OFFENSIVE, describe(risk)));
		}
		return Optional.empty();
	}

	/**
	 * The score with two decimals in Persian digits and the words that weighed most:
	 * {@code ۰٫۹۳ — احمق، خفه شو}.
	 */
	public static String describe(Risk risk) {
		String score = PersianDigits.toPersian(String.format(Locale.ROOT, "%.2f", risk.score()).replace('.', '٫'));
		return risk.words().isEmpty() ? score : score + " — " + String.join("، ", risk.words());
	}

}
