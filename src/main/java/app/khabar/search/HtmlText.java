package app.khabar.search;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of sanitized article HTML: block elements end a line, inline elements leave their text joined (a
 * {@code <b>} inside a word must not split it), character references decoded.
 */
final class HtmlText {

	private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>|<!--.*?-->", Pattern.DOTALL);

	private static final Pattern REFERENCE = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");

	private static final java.util.Set<String> BLOCKS = java.util.Set.of("p", "div", "br", "h1", "h2", "h3", "h4", "h5",
			"h6", "li", "ul", "ol", "blockquote", "figure", "figcaption", "table", "tr", "td", "th", "hr", "pre",
			"section", "article", "aside", "header", "footer", "dd", "dt");

	private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'",
			"nbsp", "\u00A0", "zwnj", "\u200C", "zwj", "\u200D", "laquo", "«", "raquo", "»");

	private HtmlText() {
	}

	static String plain(String html) {
		StringBuilder text = new StringBuilder(html.length());
		Matcher tag = TAG.matcher(html);
		int last = 0;
		while (tag.find()) {
			text.append(html, last, tag.start());
			String name = tag.group(2);
			if (name != null && BLOCKS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
				text.append('\n');
			}
			last = tag.end();
		}
		text.append(html, last, html.length());
		return decode(text.toString()).replaceAll("\n[\\s&&[^\u00A0]]*\n", "\n\n").strip();
	}

	static String decode(String text) {
		if (text.indexOf('&') < 0) {
			return text;
		}
		Matcher reference = REFERENCE.matcher(text);
		StringBuilder out = new StringBuilder(text.length());
		while (reference.find()) {
			String name = reference.group(1);
			String value;
			if (name.startsWith("#x") || name.startsWith("#X")) {
				value = codePoint(Integer.parseInt(name.substring(2), 16));
			}
			else if (name.startsWith("#")) {
				value = codePoint(Integer.parseInt(name.substring(1)));
			}
			else {
				value = NAMED.getOrDefault(name, reference.group());
			}
			reference.appendReplacement(out, Matcher.quoteReplacement(value));
		}
		reference.appendTail(out);
		return out.toString();
	}

	private static String codePoint(int value) {
		return Character.isValidCodePoint(value) && value != 0 ? Character.toString(value) : "\uFFFD";
	}

}
