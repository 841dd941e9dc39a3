package app.khabar.moderation.phase;

import java.util.Optional;

import app.khabar.comment.spi.ReasonCode;
import app.khabar.comment.spi.Verdict;
import app.khabar.persian.PersianText;

/**
 * Holds the same text posted again by the same client on the same article, compared
 * folded (so a retyped copy with Arabic letters, other spacing or punctuation is the same
 * text).
 */
public final class RepeatPhase implements ScreeningPhase {

	@Override
	public Optional<Verdict> apply(Submission submission) {
		var text = key(submission.text());
		if (text.isEmpty()) {
			return Optional.empty();
		}
		return submission.recentTexts().stream().anyMatch(recent -> key(recent).equals(text))
				? Optional.of(new Verdict.Hold(ReasonCode.REPEAT)) : Optional.empty();
	}

	private static String key(String text) {
		return String.join(" ", PersianText.foldedTokens(text));
	}

}
