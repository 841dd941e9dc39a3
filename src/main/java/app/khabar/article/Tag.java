package app.khabar.article;

import java.util.Locale;

import app.khabar.persian.PersianText;

/**
 * A tag as readers meet it: the name as an editor typed it and the key it is matched by.
 * The key is the name {@link PersianText#fold folded} to its words ({@code همکاری‌ها},
 * {@code همکاری ها} and {@code همکاریها} are one tag; {@code -} and {@code _} count as
 * spaces), so every spelling of a tag, and its URL segment, finds the same articles.
 */
public record Tag(String name, String key) {

	public static final String PATH_PREFIX = "/tag/";

	/** The longest key stored ({@code article_tag.tag_key}). */
	static final int KEY_MAX = 240;

	public static Tag of(String name) {
		return new Tag(name, key(name));
	}

	/** The matching key of any spelling of a tag, or of a tag page's URL segment. */
	public static String key(String text) {
		String key = String.join(" ", PersianText.foldedTokens(text.replace('-', ' ').replace('_', ' ')));
		return key.length() <= KEY_MAX ? key : key.substring(0, KEY_MAX);
	}

	/**
	 * The URL segment of a tag: its normalized words with {@code -} between them, ZWNJ
	 * kept (it is spelling; a browser shows it decoded), anything else that is not part
	 * of a word a {@code -} too. {@code key(segment(name)) == key(name)} for every name.
	 */
	public static String segment(String name) {
		String normalized = PersianText.normalize(name).toLowerCase(Locale.ROOT);
		StringBuilder segment = new StringBuilder(normalized.length());
		for (int i = 0; i < normalized.length(); i++) {
			char c = normalized.charAt(i);
			boolean keep = Character.isLetterOrDigit(c) || c == '\u200C'
					|| Character.getType(c) == Character.NON_SPACING_MARK;
			if (keep) {
				segment.append(c);
			}
			else if (!segment.isEmpty() && segment.charAt(segment.length() - 1) != '-') {
				segment.append('-');
			}
		}
		while (!segment.isEmpty() && segment.charAt(segment.length() - 1) == '-') {
			segment.setLength(segment.length() - 1);
		}
		return segment.toString();
	}

	/** The public page of the tag with this name, {@code /tag/{segment}}. */
	public static String pathOf(String name) {
		return PATH_PREFIX + segment(name);
	}

	public String path() {
		return pathOf(name);
	}

}
