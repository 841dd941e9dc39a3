package app.khabar.article;

import java.util.Optional;

/**
 * Short links for sharing: {@code /x/{code}}, where the code is the article id in base 36
 * (e.g. 12345 → {@code 9ix}). Nothing is stored: the id decides, as in the canonical URL.
 */
public final class ShortLinks {

	private ShortLinks() {
	}

	public static String code(long articleId) {
		return Long.toString(articleId, 36);
	}

	/** The short path of an article, e.g. {@code /x/9ix}. */
	public static String path(long articleId) {
		return "/x/" + code(articleId);
	}

	/**
	 * The article id of a code; empty for anything that is not a short code (upper case
	 * is accepted).
	 */
	public static Optional<Long> idOf(String code) {
		if (code.isEmpty() || code.length() > 12) {
			return Optional.empty();
		}
		for (int i = 0; i < code.length(); i++) {
			char c = code.charAt(i);
			// ASCII only: Character.digit would also take Persian digits
			if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
				return Optional.empty();
			}
		}
		long id = Long.parseLong(code, 36);
		return id > 0 ? Optional.of(id) : Optional.empty();
	}

}
