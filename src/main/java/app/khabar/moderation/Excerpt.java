package app.khabar.moderation;

/**
 * The start of a comment, for the desk's cards and logs: whole words up to a length, and
 * an ellipsis when something was left off.
 */
public final class Excerpt {

	/** Enough to recognise a comment on a card or in a log row. */
	public static final int LENGTH = 120;

	private Excerpt() {
	}

	public static String of(String text) {
		String flat = text.strip().replaceAll("\\s+", " ");
		if (flat.length() <= LENGTH) {
			return flat;
		}
		int cut = flat.lastIndexOf(' ', LENGTH);
		// one long word: cut inside it, but never between a surrogate pair
		int end = cut > LENGTH / 2 ? cut : Character.isHighSurrogate(flat.charAt(LENGTH - 1)) ? LENGTH - 1 : LENGTH;
		return flat.substring(0, end) + "…";
	}

}
