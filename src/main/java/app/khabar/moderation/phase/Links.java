package app.khabar.moderation.phase;

import java.util.regex.Pattern;

/**
 * Counts links in a comment: URLs with a scheme, {@code www.} addresses and bare domains
 * of common endings.
 */
public final class Links {

	private static final Pattern LINK = Pattern.compile("(?i)(?:\\b(?:https?|ftp)://|\\bwww\\.)[^\\s]+"
			+ "|\\b[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|net|org|ir|me|io|info|biz|xyz|top|site|online|app|co|ru|link|click|tk)\\b(?:/[^\\s]*)?");

	private Links() {
	}

	public static int count(String text) {
		return (int) LINK.matcher(text).results().count();
	}

	/** The text with every link replaced. */
	public static String replaceAll(String text, String replacement) {
		return LINK.matcher(text).replaceAll(replacement);
	}

}
