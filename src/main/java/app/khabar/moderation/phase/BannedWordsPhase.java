package app.khabar.moderation.phase;

import java.util.Optional;

import app.khabar.comment.spi.ReasonCode;
import app.khabar.comment.spi.Verdict;

/**
 * A banned word or phrase, in the text or the name, makes the comment not publishable.
 */
public final class BannedWordsPhase implements ScreeningPhase {

	private final WordList words;

	public BannedWordsPhase(WordList words) {
		this.words = words;
	}

	@Override
	public Optional<Verdict> apply(Submission submission) {
		return WordPhases.match(words, submission).map(word -> new Verdict.Reject(ReasonCode.BANNED_WORD, word));
	}

}
