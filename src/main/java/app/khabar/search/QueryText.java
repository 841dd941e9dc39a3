package app.khabar.search;

import app.khabar.persian.PersianText;

/**
 * What a reader typed, made safe to search and to show back: control characters and
 * invisible format characters (bidi overrides and isolates, LRM/RLM, zero-width space,
 * BOM) out, except the ZWNJ that Persian words need; whitespace collapsed; letters
 * normalized; capped to {@link #MAX_CHARS} characters and {@link #MAX_WORDS} words, cut
 * between words. Nothing in it is query syntax: search builds term queries.
 */
record QueryText(String text, boolean shortened) {

	static final int MAX_CHARS = 200;

	static final int MAX_WORDS = 16;

	private static final char ZWNJ = '\u200C';

	static QueryText clean(String raw) {
		StringBuilder out = new StringBuilder(Math.min(raw.length(), MAX_CHARS * 2));
		boolean shortened = false;
		int words = 0;
		boolean inWord = false;
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			int type = Character.getType(c);
			if (type == Character.FORMAT && c != ZWNJ || type == Character.SURROGATE && !validSurrogate(raw, i)
					|| type == Character.UNASSIGNED || type == Character.PRIVATE_USE) {
				continue;
			}
			boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c) || type == Character.CONTROL;
			if (space) {
				if (inWord) {
					inWord = false;
				}
				if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
					out.append(' ');
				}
				continue;
			}
			if (!inWord) {
				if (words == MAX_WORDS || out.length() >= MAX_CHARS) {
					shortened = true;
					break;
				}
				words++;
				inWord = true;
			}
			if (out.length() >= MAX_CHARS + 40) {
				// one endless word: cut it, at a character boundary
				shortened = true;
				if (Character.isHighSurrogate(out.charAt(out.length() - 1))) {
					out.setLength(out.length() - 1);
				}
				break;
			}
			out.append(c);
		}
		return new QueryText(PersianText.normalize(out.toString().strip()), shortened);
	}

	private static boolean validSurrogate(String text, int i) {
		char c = text.charAt(i);
		if (Character.isHighSurrogate(c)) {
			return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
		}
		return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
	}

}
