package app.khabar.web;

/**
 * The start of a text, for a card, a log row, a feed title or a headline: whole words up
 * to a length, and an ellipsis when something was left off.
 */
public final class Excerpt {

	/** Enough to recognise a comment on a card or in a log row. */
	public static final int LENGTH = 120;

	private Excerpt() {
	}

	public static String of(String text) {
		return of(text, LENGTH);
	}

	/** At most {@code max} characters before the ellipsis. */
	public static String of(String text, int max) {
		String flat = text.strip().replaceAll("\\s+", " ");
		if (flat.length() <= max) {
			return flat;
		}
		int cut = flat.lastIndexOf(' ', max);
		// one long word: cut inside it, but never between a surrogate pair
		int end = cut > max / 2 ? cut : Character.isHighSurrogate(flat.charAt(max - 1)) ? max - 1 : max;
		return flat.substring(0, end) + "…";
	}

}
