package app.khabar.search;

import java.util.List;

/**
 * Text to show for a hit, with the ranges ({@code start} inclusive, {@code end}
 * exclusive, UTF-16 offsets into {@code text}) that matched the query. {@link #html()} is
 * the text escaped with the matches in {@code <mark>}: the only markup in it is ours.
 */
public record Snippet(String text, List<Highlight> highlights) {

	public Snippet {
		highlights = List.copyOf(highlights);
	}

	/** A range of the text that matched. */
	public record Highlight(int start, int end) {
	}

	public static Snippet plain(String text) {
		return new Snippet(text, List.of());
	}

	/** The text, HTML-escaped, with each highlight in {@code <mark>}. */
	public String html() {
		StringBuilder html = new StringBuilder(text.length() + highlights.size() * 13 + 16);
		int at = 0;
		for (Highlight highlight : highlights) {
			escape(text, at, highlight.start(), html);
			html.append("<mark>");
			escape(text, highlight.start(), highlight.end(), html);
			html.append("</mark>");
			at = highlight.end();
		}
		escape(text, at, text.length(), html);
		return html.toString();
	}

	private static void escape(String text, int from, int to, StringBuilder out) {
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.append(c);
			}
		}
	}

}
