package app.khabar.moderation.phase;

import java.util.Optional;

import app.khabar.comment.spi.ReasonCode;
import app.khabar.comment.spi.Verdict;

/**
 * A suspect word or phrase, in the text or the name, holds the comment for a moderator.
 */
public final class SuspectWordsPhase implements ScreeningPhase {

	private final WordList words;

	public SuspectWordsPhase(WordList words) {
		this.words = words;
	}

	@Override
	public Optional<Verdict> apply(Submission submission) {
		return WordPhases.match(words, submission).map(word -> new Verdict.Hold(ReasonCode.SUSPECT_WORD, word));
	}

}
