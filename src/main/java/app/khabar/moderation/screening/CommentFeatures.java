package app.khabar.moderation.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

import app.khabar.moderation.phase.Links;
import app.khabar.persian.PersianText;

/**
 * A comment as the risk model reads it: hashed sparse features of its words, pairs of
 * words and letter sequences, built the way Persian comments are really typed.
 * <ul>
 * <li>Each word is {@link PersianText#fold folded} (Arabic {@code ي}/{@code ك}, tatweel,
 * diacritics, digit scripts, ZWNJ don't matter) and letters repeated for emphasis are
 * collapsed ({@code خیلیییی} is {@code خیلی}).</li>
 * <li>Two adjacent words also count glued ({@code بی شرف} is {@code بیشرف}), and as a
 * pair ({@code خفه شو}).</li>
 * <li>Letter 2-5-grams inside each word (with its edges) catch inflections, misspellings
 * and words written together.</li>
 * <li>A sound key ({@link Finglish#soundKey}) joins misspellings of letters that sound
 * alike; Latin words ({@code khafe sho}) are also read in Persian letters.</li>
 * <li>Each emoji is a word. Links, mentions and numbers only break pairs of words: as
 * features of their own they taught the model each dataset's habits (one set's tweets all
 * start with a mention), which did not carry over to comments from elsewhere; phone
 * numbers and handles are spam, for the word lists' patterns.</li>
 * </ul>
 * Every feature remembers the word (or pair) it came from, so the model can tell which
 * words weighed most.
 */
public final class CommentFeatures {

	static final int BITS = 20;

	static final int DIMENSION = 1 << BITS;

	/** Feature owned by the whole comment, not by a word. */
	static final int WHOLE = -1;

	private static final int MAX_TOKENS = 400;

	private static final char WORD = 'w';

	private static final char PAIR = 'p';

	private static final char GRAM = 'g';

	private static final char SOUND = 's';

	private static final char LATIN = 'l';

	private CommentFeatures() {
	}

	/**
	 * The features of one comment.
	 *
	 * @param shown the words as typed (normalized), for explanations
	 * @param slots the hashed feature slots, one per occurrence
	 * @param owners per occurrence: the index of its word, {@code -(i + 2)} for the pair
	 * of words {@code i, i + 1}, or {@link #WHOLE}
	 */
	record Extracted(List<String> shown, int[] slots, int[] owners, int size) {

		/** Sorted distinct slots with their counts. */
		Counts counts() {
			int[] sorted = Arrays.copyOf(slots, size);
			Arrays.sort(sorted);
			int distinct = 0;
			int[] index = new int[size];
			float[] count = new float[size];
			for (int i = 0; i < size; i++) {
				if (distinct > 0 && index[distinct - 1] == sorted[i]) {
					count[distinct - 1]++;
				}
				else {
					index[distinct] = sorted[i];
					count[distinct++] = 1;
				}
			}
			return new Counts(Arrays.copyOf(index, distinct), Arrays.copyOf(count, distinct));
		}

	}

	/** Distinct feature slots, ascending, with how often each occurs. */
	record Counts(int[] slots, float[] counts) {
	}

	private static final class Builder {

		final List<String> shown = new ArrayList<>();

		/** Each word's folded key in order, null where a non-word breaks a pair. */
		final List<@Nullable String> keys = new ArrayList<>();

		/** The index in {@link #shown} of each key's word. */
		final List<Integer> keyOwners = new ArrayList<>();

		void key(@Nullable String key, int owner) {
			keys.add(key);
			keyOwners.add(owner);
		}

		int[] slots = new int[256];

		int[] owners = new int[256];

		int size;

		void add(int slot, int owner) {
			if (size == slots.length) {
				slots = Arrays.copyOf(slots, size * 2);
				owners = Arrays.copyOf(owners, size * 2);
			}
			slots[size] = slot;
			owners[size++] = owner;
		}

		void add(char kind, String feature, int owner) {
			add(slot(kind, feature, 0, feature.length()), owner);
		}

		/** Letter 2-5-grams of the word with its edges marked. */
		void grams(char kind, String word, int owner) {
			String edged = "<" + word + ">";
			for (int start = 0; start < edged.length() - 1; start++) {
				int hash = kind * 0x9E3779B1;
				for (int end = start; end < Math.min(edged.length(), start + 5); end++) {
					hash = hash * 31 + edged.charAt(end);
					if (end > start) {
						add(mix(hash + end - start), owner);
					}
				}
			}
		}

		Extracted build() {
			return new Extracted(List.copyOf(shown), slots, owners, size);
		}

	}

	/** The features of the comment's text. */
	public static Extracted of(String text) {
		var out = new Builder();
		String normalized = PersianText.normalize(text);
		String linkless = Links.replaceAll(normalized, " \u0001 ");
		int i = 0;
		int n = linkless.length();
		while (i < n && out.shown.size() < MAX_TOKENS) {
			int c = linkless.codePointAt(i);
			int width = Character.charCount(c);
			if (c == 1) {
				out.key(null, WHOLE);
				i += width;
			}
			else if (c == '@' && i + 1 < n && isWordChar(linkless.charAt(i + 1))) {
				int end = wordEnd(linkless, i + 1);
				out.key(null, WHOLE);
				i = end;
			}
			else if (isWordChar(c)) {
				int end = wordEnd(linkless, i);
				word(out, linkless.substring(i, end));
				i = end;
			}
			else if (isEmoji(c)) {
				String emoji = new String(Character.toChars(c));
				out.key(null, WHOLE);
				out.shown.add(emoji);
				out.add(WORD, emoji, out.shown.size() - 1);
				i += width;
			}
			else {
				i += width;
			}
		}
		pairs(out);
		return out.build();
	}

	private static void word(Builder out, String typed) {
		String folded = PersianText.fold(typed);
		if (folded.isEmpty()) {
			return;
		}
		if (allDigits(folded)) {
			out.key(null, WHOLE);
			return;
		}
		String key = collapseRepeats(folded);
		out.shown.add(typed);
		int owner = out.shown.size() - 1;
		if (Finglish.isLatin(key)) {
			out.add(LATIN, key, owner);
			out.grams(LATIN, key, owner);
			String persian = Finglish.toPersian(key);
			if (persian.isEmpty()) {
				out.key(null, WHOLE);
				return;
			}
			key = persian;
		}
		out.key(key, owner);
		out.add(WORD, key, owner);
		out.add(SOUND, Finglish.soundKey(key), owner);
		out.grams(GRAM, key, owner);
	}

	/** Pairs of adjacent words: as a pair, and glued into one word. */
	private static void pairs(Builder out) {
		for (int i = 1; i < out.keys.size(); i++) {
			String previous = out.keys.get(i - 1);
			String key = out.keys.get(i);
			if (previous != null && key != null) {
				int owner = -(out.keyOwners.get(i - 1) + 2);
				out.add(PAIR, previous + " " + key, owner);
				out.add(WORD, previous + key, owner);
			}
		}
	}

	/**
	 * Runs of three or more of one letter become one: nobody spells a Persian word so.
	 */
	static String collapseRepeats(String word) {
		StringBuilder out = new StringBuilder(word.length());
		int i = 0;
		while (i < word.length()) {
			char c = word.charAt(i);
			int end = i;
			while (end < word.length() && word.charAt(end) == c) {
				end++;
			}
			out.append(c);
			if (end - i == 2) {
				out.append(c);
			}
			i = end;
		}
		return out.toString();
	}

	private static boolean allDigits(String word) {
		for (int i = 0; i < word.length(); i++) {
			if (word.charAt(i) < '0' || word.charAt(i) > '9') {
				return false;
			}
		}
		return true;
	}

	private static int wordEnd(String text, int from) {
		int end = from;
		while (end < text.length() && (isWordChar(text.charAt(end)) || text.charAt(end) == '\u200C')) {
			end++;
		}
		return end;
	}

	private static boolean isWordChar(int c) {
		return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
				|| Character.getType(c) == Character.COMBINING_SPACING_MARK;
	}

	private static boolean isEmoji(int c) {
		return (c >= 0x1F300 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF) || c == 0x2764;
	}

	private static int slot(char kind, String text, int from, int to) {
		int hash = kind * 0x9E3779B1;
		for (int i = from; i < to; i++) {
			hash = hash * 31 + text.charAt(i);
		}
		return mix(hash ^ 0x5bd1e995);
	}

	/** A murmur3 finalizer: spreads close hashes over the slots. */
	private static int mix(int hash) {
		int h = hash;
		h ^= h >>> 16;
		h *= 0x85ebca6b;
		h ^= h >>> 13;
		h *= 0xc2b2ae35;
		h ^= h >>> 16;
		return h & (DIMENSION - 1);
	}

}
