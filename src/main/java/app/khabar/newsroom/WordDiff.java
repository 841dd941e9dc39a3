package app.khabar.newsroom;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A word diff for revisions: which words of {@code before} were removed and which of
 * {@code after} were added, by longest common subsequence after trimming the common start
 * and end. Whitespace stays attached to the words, so joining the segments gives back
 * each text; ZWNJ is part of a word, as in Persian.
 */
public final class WordDiff {

	/**
	 * Above this many cells the middle is reported as replaced whole rather than diffed
	 * word by word.
	 */
	private static final long MAX_CELLS = 4_000_000;

	private static final Pattern TOKEN = Pattern.compile("(?<=\\s)(?=\\S)");

	private WordDiff() {
	}

	public enum Op {

		SAME, ADDED, REMOVED

	}

	public record Segment(Op op, String text) {
	}

	public static List<Segment> of(String before, String after) {
		String[] a = tokens(before);
		String[] b = tokens(after);
		int start = 0;
		while (start < a.length && start < b.length && a[start].equals(b[start])) {
			start++;
		}
		int endA = a.length;
		int endB = b.length;
		while (endA > start && endB > start && a[endA - 1].equals(b[endB - 1])) {
			endA--;
			endB--;
		}
		var out = new ArrayList<Segment>();
		add(out, Op.SAME, a, 0, start);
		middle(out, a, start, endA, b, start, endB);
		add(out, Op.SAME, a, endA, a.length);
		return out;
	}

	/** Whether the two texts differ at all. */
	public static boolean changed(List<Segment> diff) {
		return diff.stream().anyMatch(s -> s.op() != Op.SAME);
	}

	private static void middle(List<Segment> out, String[] a, int fromA, int toA, String[] b, int fromB, int toB) {
		int n = toA - fromA;
		int m = toB - fromB;
		if (n == 0 || m == 0 || (long) n * m > MAX_CELLS) {
			add(out, Op.REMOVED, a, fromA, toA);
			add(out, Op.ADDED, b, fromB, toB);
			return;
		}
		int[][] lcs = new int[n + 1][m + 1];
		for (int i = n - 1; i >= 0; i--) {
			for (int j = m - 1; j >= 0; j--) {
				lcs[i][j] = a[fromA + i].equals(b[fromB + j]) ? lcs[i + 1][j + 1] + 1
						: Math.max(lcs[i + 1][j], lcs[i][j + 1]);
			}
		}
		int i = 0;
		int j = 0;
		while (i < n && j < m) {
			if (a[fromA + i].equals(b[fromB + j])) {
				add(out, Op.SAME, a, fromA + i, fromA + i + 1);
				i++;
				j++;
			}
			else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
				add(out, Op.REMOVED, a, fromA + i, fromA + i + 1);
				i++;
			}
			else {
				add(out, Op.ADDED, b, fromB + j, fromB + j + 1);
				j++;
			}
		}
		add(out, Op.REMOVED, a, fromA + i, toA);
		add(out, Op.ADDED, b, fromB + j, toB);
	}

	/** Appends tokens, merging with the last segment when it has the same operation. */
	private static void add(List<Segment> out, Op op, String[] tokens, int from, int to) {
		if (from >= to) {
			return;
		}
		var text = new StringBuilder();
		for (int k = from; k < to; k++) {
			text.append(tokens[k]);
		}
		if (!out.isEmpty() && out.getLast().op() == op) {
			out.set(out.size() - 1, new Segment(op, out.getLast().text() + text));
		}
		else {
			out.add(new Segment(op, text.toString()));
		}
	}

	private static String[] tokens(String text) {
		return text.isEmpty() ? new String[0] : TOKEN.split(text);
	}

}
