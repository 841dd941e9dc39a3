package app.khabar.moderation;

import org.jspecify.annotations.Nullable;

import app.khabar.persian.PersianText;

/**
 * The form in which the queue's text search compares: folded
 * ({@link PersianText#foldedTokens}) and glued, so Arabic ي/ك, ZWNJ, a space or nothing
 * at a joint, tatweel and digit scripts do not matter to "contains".
 */
final class SearchText {

	private SearchText() {
	}

	static String of(String text) {
		return String.join("", PersianText.foldedTokens(text));
	}

	static String of(String text, @Nullable String name) {
		return name == null ? of(text) : of(text) + " " + of(name);
	}

}
