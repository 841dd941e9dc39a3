package app.khabar.wordpress;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The paragraphs of a classic WordPress post, following the rules of WordPress's
 * {@code wpautop} (wp-includes/formatting.php): text separated by a blank line is a
 * paragraph, a single line break inside one is a {@code <br>
 * }, block-level elements stand on their own and are never wrapped, and the text of
 * {@code <pre>} (and of {@code <script>}/{@code <style>}, which the sanitizer drops
 * anyway) is left as it is.
 */
final class Wpautop {

	private static final String BLOCKS = "(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre"
			+ "|form|map|area|blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup"
			+ "|header|footer|nav|figure|figcaption|details|menu|summary|iframe)";

	private static final Pattern OPENING_BLOCK = Pattern.compile("(<" + BLOCKS + "[\\s/>])", Pattern.CASE_INSENSITIVE);

	private static final Pattern CLOSING_BLOCK = Pattern.compile("(</" + BLOCKS + ">)", Pattern.CASE_INSENSITIVE);

	private static final Pattern PROTECTED = Pattern.compile("<(pre|script|style)[\\s>].*?</\\1>",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");

	private static final Pattern EMPTY_P = Pattern.compile("<p>\\s*</p>");

	private static final Pattern P_AROUND_BLOCK_OPEN = Pattern.compile("<p>\\s*(</?" + BLOCKS + "[^>]*>)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern P_AROUND_BLOCK_CLOSE = Pattern.compile("(</?" + BLOCKS + "[^>]*>)\\s*</p>",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern BR_AFTER_BLOCK = Pattern.compile("(</?" + BLOCKS + "[^>]*>)\\s*<br />",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern BR_BEFORE_BLOCK = Pattern
		.compile("<br />(\\s*</?(?:p|li|div|dl|dd|dt|th|pre|td|ul|ol)[^>]*>)", Pattern.CASE_INSENSITIVE);

	private static final Pattern ENDS_WITH_BREAK = Pattern.compile("<br\\s*/?>\\s*$", Pattern.CASE_INSENSITIVE);

	private static final Pattern LINE_BREAK = Pattern.compile("(?<!<br />)\\s*\\n");

	private Wpautop() {
	}

	static String apply(String content) {
		String text = content.replace("\r\n", "\n").replace('\r', '\n');
		if (text.isBlank()) {
			return "";
		}
		List<String> kept = new ArrayList<>();
		text = protect(text, kept);
		text = text + "\n";
		text = text.replaceAll("<br\\s*/?>\\s*<br\\s*/?>", "\n\n");
		text = OPENING_BLOCK.matcher(text).replaceAll("\n\n$1");
		text = CLOSING_BLOCK.matcher(text).replaceAll("$1\n\n");
		text = text.replaceAll("\\n\\n+", "\n\n");
		var out = new StringBuilder();
		for (String paragraph : PARAGRAPH_BREAK.split(text)) {
			if (!paragraph.isBlank()) {
				out.append("<p>").append(paragraph.strip()).append("</p>\n");
			}
		}
		text = out.toString();
		text = EMPTY_P.matcher(text).replaceAll("");
		// a quotation's text is a paragraph inside it
		text = text.replaceAll("(?i)<p><blockquote([^>]*)>", "<blockquote$1><p>")
			.replaceAll("(?i)</blockquote></p>", "</p></blockquote>");
		text = P_AROUND_BLOCK_OPEN.matcher(text).replaceAll("$1");
		text = P_AROUND_BLOCK_CLOSE.matcher(text).replaceAll("$1");
		text = lineBreaks(text);
		text = BR_AFTER_BLOCK.matcher(text).replaceAll("$1");
		text = BR_BEFORE_BLOCK.matcher(text).replaceAll("$1");
		return restore(text, kept);
	}

	/**
	 * Single line breaks inside a paragraph become {@code <br />
	 * }; those that end a paragraph or a block tag's line stay line breaks.
	 */
	private static String lineBreaks(String text) {
		var out = new StringBuilder();
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			out.append(line);
			if (i == lines.length - 1) {
				break;
			}
			String next = lines[i + 1].stripLeading();
			// a line that already ends in a break (HTML written by Khabar or an editor)
			// keeps only it
			boolean endsParagraph = line.endsWith("</p>") || line.isBlank() || endsWithBlockTag(line) || next.isEmpty()
					|| startsWithBlockTag(next) || ENDS_WITH_BREAK.matcher(line).find();
			out.append(endsParagraph ? "\n" : "<br />\n");
		}
		return LINE_BREAK.matcher(out).replaceAll("\n");
	}

	private static boolean endsWithBlockTag(String line) {
		return line.stripTrailing().matches("(?is).*</?" + BLOCKS + "[^>]*>");
	}

	private static boolean startsWithBlockTag(String line) {
		return line.matches("(?is)^(?:<p>)?</?" + BLOCKS + "[\\s/>].*");
	}

	/** {@code <pre>} and its kind, replaced by placeholders that no rule touches. */
	private static String protect(String text, List<String> kept) {
		Matcher m = PROTECTED.matcher(text);
		var out = new StringBuilder();
		while (m.find()) {
			kept.add(m.group());
			m.appendReplacement(out, Matcher.quoteReplacement("<pre wp-pre-tag-" + (kept.size() - 1) + "></pre>"));
		}
		m.appendTail(out);
		return out.toString();
	}

	private static String restore(String text, List<String> kept) {
		for (int i = 0; i < kept.size(); i++) {
			text = text.replace("<pre wp-pre-tag-" + i + "></pre>", kept.get(i));
		}
		return text;
	}

}
