package app.khabar.moderation.phase;

import java.util.Optional;

/** Word lists look at the name too: a name is shown on the page like the text. */
final class WordPhases {

	private WordPhases() {
	}

	static Optional<String> match(WordList words, Submission submission) {
		var inText = words.firstMatch(submission.text());
		if (inText.isPresent() || submission.name() == null) {
			return inText;
		}
		return words.firstMatch(submission.name());
	}

}
