package app.khabar.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns a field's text and the matches {@link SnippetHighlighter} found in it into a
 * {@link Snippet}: whitespace collapsed, overlapping matches merged, and, for long text,
 * a window of about {@code width} characters around the first match that starts and ends
 * at a space, so no word and no ZWNJ joint ({@code می‌روند}) is ever cut.
 */
final class SnippetFormatter {

	static final String ELLIPSIS = "…";

	/** How far before the first match the window starts, to give it context. */
	private static final int LEAD_IN = 60;

	private SnippetFormatter() {
	}

	/**
	 * @param matches {@code [start, end)} offsets into {@code content}, in any order,
	 * overlapping or not
	 * @param width the snippet's length goal; 0 keeps the whole text (titles)
	 */
	static Snippet snippet(String content, List<int[]> matches, int width) {
		int[][] sorted = matches.toArray(int[][]::new);
		Arrays.sort(sorted, (a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
		int from = 0;
		int to = content.length();
		if (width > 0 && content.length() > width) {
			int first = sorted.length == 0 ? 0 : sorted[0][0];
			from = breakBefore(content, Math.max(0, first - LEAD_IN));
			if (from > first) {
				from = breakBefore(content, first);
			}
			to = breakAfter(content, Math.min(content.length(), from + width));
			if (sorted.length > 0 && to < sorted[0][1]) {
				to = breakAfter(content, sorted[0][1]);
			}
		}
		// collapse whitespace, mapping each content offset to the snippet's
		StringBuilder text = new StringBuilder(to - from + 2);
		int[] map = new int[to - from + 1];
		if (from > 0) {
			text.append(ELLIPSIS).append(' ');
		}
		boolean space = false;
		for (int i = from; i < to; i++) {
			char c = content.charAt(i);
			map[i - from] = text.length();
			if (Character.isWhitespace(c)) {
				space = true;
				continue;
			}
			if (space && text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
				text.append(' ');
				map[i - from] = text.length();
			}
			space = false;
			text.append(c);
		}
		map[to - from] = text.length();
		if (to < content.length()) {
			text.append(' ').append(ELLIPSIS);
		}
		List<Snippet.Highlight> highlights = new ArrayList<>();
		int lastEnd = -1;
		for (int[] match : sorted) {
			if (match[0] < from || match[1] > to || match[0] >= match[1]) {
				continue;
			}
			int start = map[match[0] - from];
			int end = map[match[1] - from];
			// a match may end on whitespace that collapsed: do not mark the space
			while (end > start && text.charAt(end - 1) == ' ') {
				end--;
			}
			if (start < lastEnd) {
				if (end > lastEnd) {
					Snippet.Highlight previous = highlights.removeLast();
					highlights.add(new Snippet.Highlight(previous.start(), end));
					lastEnd = end;
				}
				continue;
			}
			if (end > start) {
				highlights.add(new Snippet.Highlight(start, end));
				lastEnd = end;
			}
		}
		return new Snippet(text.toString(), highlights);
	}

	/** The start of the word at or before {@code at}: just after a whitespace, or 0. */
	static int breakBefore(String content, int at) {
		for (int i = at; i > 0; i--) {
			if (Character.isWhitespace(content.charAt(i - 1))) {
				return i;
			}
		}
		return 0;
	}

	/** The end of the word at or after {@code at}: at a whitespace, or the end. */
	static int breakAfter(String content, int at) {
		for (int i = at; i < content.length(); i++) {
			if (Character.isWhitespace(content.charAt(i))) {
				return i;
			}
		}
		return content.length();
	}

}
