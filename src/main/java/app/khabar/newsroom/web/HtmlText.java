package app.khabar.newsroom.web;

import java.util.regex.Pattern;

/** The text of a sanitized body for word diffs: one line per block, tags out, the common entities back. */
final class HtmlText {

	private static final Pattern BLOCK_END = Pattern.compile("(?i)</(p|h[1-6]|li|blockquote|figcaption)>|<br\\s*/?>");

	private static final Pattern TAG = Pattern.compile("<[^>]*>");

	private HtmlText() {
	}

	static String of(String html) {
		String text = BLOCK_END.matcher(html).replaceAll("\n");
		text = TAG.matcher(text).replaceAll("");
		return text.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&quot;", "\"")
			.replace("&#34;", "\"")
			.replace("&#39;", "'")
			.replace("&nbsp;", "\u00a0")
			.replace("&amp;", "&")
			.replaceAll("\n{2,}", "\n")
			.strip();
	}

}
