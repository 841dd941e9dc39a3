package app.khabar.moderation.phase;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import app.khabar.persian.PersianText;

/**
 * Words and phrases matched the way a Persian reader sees them, through
 * {@link PersianText#foldedTokens}: Arabic {@code ي}/{@code ك}, tatweel, diacritics and
 * digit scripts do not matter, and a joint written with a ZWNJ, a space or nothing
 * matches any other way of writing it. Matching is by whole tokens: an entry matches a
 * run of adjacent tokens whose letters, glued together, are the entry's letters glued
 * together, so {@code بی‌شرف}, {@code بی شرف} and {@code بیشرف} match one another, while
 * a word inside a longer word ({@code کلاس} for {@code کلا}) does not.
 */
public final class WordList {

	private static final WordList EMPTY = new WordList(List.of());

	/**
	 * Glued form → the entry as written in the list, to show a moderator what matched.
	 */
	private final Map<String, String> entries = new HashMap<>();

	private final int longestEntry;

	private WordList(List<String> words) {
		int longest = 0;
		for (var word : words) {
			var glued = String.join("", PersianText.foldedTokens(word));
			if (!glued.isEmpty()) {
				entries.putIfAbsent(glued, word.strip());
				longest = Math.max(longest, glued.length());
			}
		}
		this.longestEntry = longest;
	}

	public static WordList of(List<String> words) {
		return new WordList(words);
	}

	public static WordList empty() {
		return EMPTY;
	}

	public boolean isEmpty() {
		return entries.isEmpty();
	}

	/** The first entry found in the text, as written in the list. */
	public Optional<String> firstMatch(String text) {
		if (entries.isEmpty()) {
			return Optional.empty();
		}
		var tokens = new ArrayList<>(PersianText.foldedTokens(text));
		for (int start = 0; start < tokens.size(); start++) {
			var glued = new StringBuilder();
			for (int end = start; end < tokens.size(); end++) {
				glued.append(tokens.get(end));
				if (glued.length() > longestEntry) {
					break;
				}
				var entry = entries.get(glued.toString());
				if (entry != null) {
					return Optional.of(entry);
				}
			}
		}
		return Optional.empty();
	}

}
