package app.khabar.moderation.screening;

import java.util.Optional;

import app.khabar.moderation.phase.WordList;

/**
 * The site's own word lists as two features of the risk model: "a banned entry matches"
 * and "a suspect entry matches". The model learns how much each weighs from the
 * moderators' decisions, so a list the operator imports (a published keyword list, say)
 * also sharpens the model, on words its training comments never held.
 */
public record Lexicon(WordList banned, WordList suspect) {

	public static final Lexicon NONE = new Lexicon(WordList.empty(), WordList.empty());

	/** The entry of each list that matches the text, if any. */
	Hits hits(String text) {
		return new Hits(banned.firstMatch(text), suspect.firstMatch(text));
	}

	record Hits(Optional<String> banned, Optional<String> suspect) {
	}

}
