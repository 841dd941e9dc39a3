package app.khabar.moderation.screening;

import java.util.List;
import java.util.Optional;

import app.khabar.moderation.phase.WordList;
import app.khabar.persian.PersianText;

/**
 * The site's own word lists as two features of the risk model: "a banned entry matches"
 * and "a suspect entry matches". The model learns how much each weighs from the
 * moderators' decisions, so a list the operator imports (a published keyword list, say)
 * also sharpens the model, on words its training comments never held.
 * <p>
 * For the model an entry also matches its inflected forms: a word with its letters
 * repeated for emphasis collapsed and one inflectional suffix dropped ({@code احمق‌ها},
 * {@code احمقا}, {@code احمقققی} match {@code احمق}). The rules themselves match whole
 * words only; here a looser hit is one more thing the model weighs, not a verdict.
 */
public record Lexicon(WordList banned, WordList suspect) {

	public static final Lexicon NONE = new Lexicon(WordList.empty(), WordList.empty());

	/**
	 * Plural, comparative, pronoun, indefinite and colloquial endings, longest first; as
	 * {@link PersianText#fold} writes them (no ZWNJ, glued to the word).
	 */
	private static final List<String> SUFFIXES = List.of("هایشان", "هایتان", "هایمان", "هایش", "هایت", "هایم", "هایی",
			"های", "ها", "ترین", "تر", "شان", "تان", "مان", "ای", "ی", "م", "ت", "ش", "ا");

	/**
	 * Shortest stem left after a suffix: a two-letter one would make everyday words hits
	 * ({@code کسی}, "someone", is not {@code کس}).
	 */
	private static final int MIN_STEM = 3;

	/** The entry of each list that matches the text, if any. */
	Hits hits(String text) {
		var bannedHit = banned.firstMatch(text);
		var suspectHit = suspect.firstMatch(text);
		if (bannedHit.isPresent() && suspectHit.isPresent() || banned.isEmpty() && suspect.isEmpty()) {
			return new Hits(bannedHit, suspectHit);
		}
		String stems = stems(text);
		return new Hits(bannedHit.or(() -> banned.firstMatch(stems)), suspectHit.or(() -> suspect.firstMatch(stems)));
	}

	/** The text's words, each with repeats collapsed and one suffix dropped. */
	static String stems(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (String token : PersianText.foldedTokens(text)) {
			out.append(stem(CommentFeatures.collapseRepeats(token))).append(' ');
		}
		return out.toString();
	}

	static String stem(String word) {
		for (String suffix : SUFFIXES) {
			if (word.endsWith(suffix) && word.length() - suffix.length() >= MIN_STEM) {
				return word.substring(0, word.length() - suffix.length());
			}
		}
		return word;
	}

	record Hits(Optional<String> banned, Optional<String> suspect) {
	}

}
