package app.khabar.persian;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one Persian normalizer: {@link #normalize} for what is stored, {@link #fold} for
 * what is matched (search, word lists, duplicate detection), {@link #slug} for URLs. Pure
 * functions, safe on any input, idempotent.
 */
public final class PersianText {

	static final char ZWNJ = '\u200C';

	static final char ZWJ = '\u200D';

	static final char HAMZA_ABOVE = '\u0654';

	static final char HEH = 'ه';

	static final char YEH = 'ی';

	/**
	 * Prefixes that join the next word when written apart: {@code می برند},
	 * {@code می‌برند} → {@code میبرند}.
	 */
	static final Set<String> PREFIXES = Set.of("می", "نمی");

	/** Suffixes that join the previous word when written apart, whatever it ends with. */
	static final Set<String> SUFFIXES = Set.of("ها", "های", "هایی", "هایم", "هایت", "هایش", "هایمان", "هایتان",
			"هایشان", "تر", "ترین");

	/**
	 * Suffixes that join only a word ending in a silent heh, the one place standard
	 * spelling writes them apart ({@code بیانیه‌ای}, {@code خانه‌ی}, {@code رفته‌اند});
	 * elsewhere {@code ای}, {@code ی} and {@code ام} are words or part of one.
	 */
	static final Set<String> SUFFIXES_AFTER_HEH = Set.of("ای", "ی", "ام", "ات", "اش", "ایم", "اید", "اند", "مان", "تان",
			"شان");

	/**
	 * Plural possessives, also written apart after a final yeh: {@code کتاب‌های شان},
	 * {@code همکاری شان}.
	 */
	static final Set<String> POSSESSIVES = Set.of("مان", "تان", "شان");

	/**
	 * Second halves of {@code X‌وY} compounds ({@code گفت‌وگو}, {@code جست‌وجو}) that are
	 * typed {@code گفت وگو}; none of them is a word of its own, so gluing them to the
	 * previous word cannot merge two words.
	 */
	static final Set<String> WAW_COMPOUND_TAILS = Set.of("وگو", "وجو", "وشو", "وآمد", "وامد", "وشنود", "وفروش", "وخورد",
			"وکاو", "وساز", "وستد", "وبیش", "وکار", "ونقل", "وهوا", "وپز", "وبست", "وبند");

	private static final int SLUG_MAX_WORDS = 8;

	private static final int SLUG_MAX_CHARS = 80;

	private PersianText() {
	}

	/**
	 * Normalizes text for storage; what a person typed is otherwise kept.
	 * <ul>
	 * <li>Arabic yeh {@code ي}, alef maksura {@code ى}, yeh barree {@code ے} → {@code ی};
	 * Arabic kaf {@code ك} → {@code ک}. {@code ئ} is kept: it always carries a hamza and
	 * is a letter of Persian spelling ({@code مسئله}).</li>
	 * <li>{@code ۀ} → {@code هٔ} (heh and hamza above, the form the standard Persian
	 * keyboard types, so both spellings of the ezafe store alike); heh goal {@code ہ} →
	 * {@code ه}. Teh marbuta {@code ة} is kept: it is a deliberate spelling in Arabic
	 * phrases ({@code دایرةالمعارف}); {@link #fold} reads it as {@code ه}.</li>
	 * <li>Tatweel out; Arabic diacritics (harakat, tanwin, shadda, sukun, superscript
	 * alef, Quranic marks) out; a hamza above survives only after heh (ezafe), and after
	 * {@code ی} becomes {@code ئ}.</li>
	 * <li>Arabic-Indic digits → Persian digits; Latin digits stay as typed.</li>
	 * <li>Arabic presentation forms (U+FB50-FDFF, U+FE70-FEFF) → base letters (NFKC of
	 * those characters only).</li>
	 * <li>NBSP and other odd spaces → a space; zero-width space, BOM, soft hyphen out;
	 * control characters other than newline and tab out; CRLF and CR → LF; bidi
	 * embeddings, overrides and isolates out (they can reorder what a reader sees).
	 * LRM/RLM are kept: they fix the display of mixed text.</li>
	 * <li>ZWNJ kept (it is spelling), runs of it collapsed, and dropped next to
	 * whitespace or at either end.</li>
	 * </ul>
	 */
	public static String normalize(String text) {
		if (text.isEmpty()) {
			return text;
		}
		String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
		StringBuilder out = new StringBuilder(composed.length());
		for (int i = 0; i < composed.length(); i++) {
			char c = composed.charAt(i);
			if (c == '\r') {
				out.append('\n');
				if (i + 1 < composed.length() && composed.charAt(i + 1) == '\n') {
					i++;
				}
			}
			else if (isPresentationForm(c)) {
				appendPresentationForm(out, c);
			}
			else {
				appendNormalized(out, c);
			}
		}
		return cleanZwnj(out);
	}

	private static boolean isPresentationForm(char c) {
		return (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFE');
	}

	private static void appendPresentationForm(StringBuilder out, char c) {
		// U+FDFD has no decomposition in Unicode; it is the basmala written out
		String base = c == '\uFDFD' ? "بسم الله الرحمن الرحیم"
				: Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
		// isolated diacritic forms decompose to a space and the mark: the space is not
		// text
		boolean onlyMarks = base.chars().allMatch(ch -> ch == ' ' || isDiacritic((char) ch));
		if (onlyMarks) {
			return;
		}
		for (int j = 0; j < base.length(); j++) {
			appendNormalized(out, base.charAt(j));
		}
	}

	private static void appendNormalized(StringBuilder out, char c) {
		switch (c) {
			case 'ي', 'ى', 'ے' -> out.append(YEH);
			case 'ك', 'ڪ' -> out.append('ک');
			case 'ۀ' -> out.append(HEH).append(HAMZA_ABOVE);
			case 'ۂ' -> out.append(HEH).append(HAMZA_ABOVE);
			case 'ہ', 'ە' -> out.append(HEH);
			case '\u0640', '\u200B', '\uFEFF', '\u00AD' -> {
				// tatweel, zero-width space, BOM, soft hyphen: invisible, they only break
				// matching
			}
			case HAMZA_ABOVE -> appendHamzaAbove(out);
			case '\u2028', '\u2029' -> out.append('\n');
			default -> {
				if (c >= '٠' && c <= '٩') {
					out.append((char) ('۰' + (c - '٠')));
				}
				else if (isDiacritic(c) || isBidiControl(c) || (Character.isISOControl(c) && c != '\n' && c != '\t')) {
					// dropped
				}
				else if (isOddSpace(c)) {
					out.append(' ');
				}
				else {
					out.append(c);
				}
			}
		}
	}

	private static void appendHamzaAbove(StringBuilder out) {
		int last = out.length() - 1;
		if (last < 0) {
			return;
		}
		char previous = out.charAt(last);
		if (previous == HEH) {
			out.append(HAMZA_ABOVE);
		}
		else if (previous == YEH) {
			out.setCharAt(last, 'ئ');
		}
	}

	/**
	 * Harakat, tanwin, shadda, sukun, maddah and hamza marks, superscript alef, Quranic
	 * annotation marks.
	 */
	static boolean isDiacritic(char c) {
		return (c >= '\u064B' && c <= '\u065F' && c != HAMZA_ABOVE) || c == '\u0670' || (c >= '\u0610' && c <= '\u061A')
				|| (c >= '\u06D6' && c <= '\u06DC') || (c >= '\u06DF' && c <= '\u06E4') || c == '\u06E7'
				|| c == '\u06E8' || (c >= '\u06EA' && c <= '\u06ED');
	}

	private static boolean isBidiControl(char c) {
		return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
	}

	private static boolean isOddSpace(char c) {
		return c == '\u00A0' || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F' || c == '\u3000'
				|| c == '\u1680';
	}

	private static boolean isSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n';
	}

	/**
	 * One ZWNJ between two non-space characters; none next to whitespace or at either
	 * end.
	 */
	private static String cleanZwnj(CharSequence text) {
		StringBuilder out = new StringBuilder(text.length());
		int n = text.length();
		int i = 0;
		while (i < n) {
			char c = text.charAt(i);
			if (c != ZWNJ) {
				out.append(c);
				i++;
				continue;
			}
			int end = i;
			while (end < n && text.charAt(end) == ZWNJ) {
				end++;
			}
			boolean keep = i > 0 && end < n && !isSpace(text.charAt(i - 1)) && !isSpace(text.charAt(end));
			if (keep) {
				out.append(ZWNJ);
			}
			i = end;
		}
		return out.toString();
	}

	/**
	 * Folds text for matching: {@link #normalize}, then lower case, Latin digits,
	 * {@code ة}/{@code هٔ} → {@code ه}, {@code أ إ آ} → {@code ا}, {@code ؤ} → {@code و},
	 * {@code ئ} → {@code ی}, invisible marks (ZWNJ, ZWJ, LRM, RLM) out, whitespace runs →
	 * one space, trimmed.
	 * <p>
	 * Affix joints: removing ZWNJ glues {@code همکاری‌ها} into {@code همکاریها}; the same
	 * words written with a space are glued by rule, so every typing folds alike. A space
	 * disappears when the word after it is a suffix of {@link #SUFFIXES} ({@code ها},
	 * {@code های}, {@code تر}, {@code ترین} ...), or one of {@link #SUFFIXES_AFTER_HEH}
	 * after a word ending in {@code ه} ({@code بیانیه ای}), or a {@code وگو}-like
	 * compound tail, or when the word before it is the prefix {@code می}/{@code نمی}.
	 * Only whole words count: {@code میز}, {@code هایل}, {@code تری} stay as they are.
	 */
	public static String fold(String text) {
		String normalized = normalize(text);
		StringBuilder letters = new StringBuilder(normalized.length());
		boolean pendingSpace = false;
		for (int i = 0; i < normalized.length(); i++) {
			char c = normalized.charAt(i);
			if (isSpace(c)) {
				pendingSpace = letters.length() > 0;
				continue;
			}
			char folded = foldChar(c, i > 0 ? normalized.charAt(i - 1) : ' ');
			if (folded == 0) {
				continue;
			}
			if (pendingSpace) {
				letters.append(' ');
				pendingSpace = false;
			}
			letters.append(folded);
		}
		return joinAffixes(letters);
	}

	/** The folded form of one character, or 0 when it folds away. */
	private static char foldChar(char c, char previous) {
		int digit = PersianDigits.digitValue(c);
		if (digit >= 0) {
			return (char) ('0' + digit);
		}
		return switch (c) {
			case ZWNJ, ZWJ, '\u200E', '\u200F', '\u061C' -> 0;
			case HAMZA_ABOVE -> previous == HEH ? 0 : c;
			case 'ة' -> HEH;
			case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
			case 'ؤ' -> 'و';
			case 'ئ' -> YEH;
			default -> Character.toLowerCase(c);
		};
	}

	/**
	 * Drops each space that sits at an affix joint (see {@link #fold}); the text has
	 * single spaces only.
	 */
	private static String joinAffixes(CharSequence text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == ' ' && isAffixJoint(out, text, i + 1)) {
				continue;
			}
			out.append(c);
		}
		return out.toString();
	}

	private static boolean isAffixJoint(CharSequence before, CharSequence text, int afterStart) {
		int leftStart = before.length();
		while (leftStart > 0 && isArabicLetter(before.charAt(leftStart - 1))) {
			leftStart--;
		}
		int rightEnd = afterStart;
		while (rightEnd < text.length() && isArabicLetter(text.charAt(rightEnd))) {
			rightEnd++;
		}
		if (leftStart == before.length() || rightEnd == afterStart) {
			return false;
		}
		String left = before.subSequence(leftStart, before.length()).toString();
		String right = text.subSequence(afterStart, rightEnd).toString();
		return joins(left, right);
	}

	/** Whether two folded words written apart are one word in standard spelling. */
	static boolean joins(String left, String right) {
		if (PREFIXES.contains(left)) {
			// no verb stem is a single letter: می ز is not میز
			return right.length() > 1 && !SUFFIXES.contains(right) && !PREFIXES.contains(right);
		}
		if (SUFFIXES.contains(right) || WAW_COMPOUND_TAILS.contains(right)) {
			return true;
		}
		char last = left.charAt(left.length() - 1);
		if (POSSESSIVES.contains(right) && last == YEH) {
			return true;
		}
		return SUFFIXES_AFTER_HEH.contains(right) && left.length() > 1 && last == HEH;
	}

	static boolean isArabicLetter(char c) {
		return c >= '\u0620' && c <= '\u06FF' && Character.isLetter(c);
	}

	/**
	 * The word tokens of {@link #fold folded} text: runs of letters, digits and combining
	 * marks.
	 */
	public static List<String> foldedTokens(String text) {
		String folded = fold(text);
		List<String> tokens = new ArrayList<>();
		int start = -1;
		for (int i = 0; i <= folded.length(); i++) {
			boolean word = i < folded.length() && isWordChar(folded.charAt(i));
			if (word && start < 0) {
				start = i;
			}
			else if (!word && start >= 0) {
				tokens.add(folded.substring(start, i));
				start = -1;
			}
		}
		return tokens;
	}

	static boolean isWordChar(char c) {
		return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
				|| Character.getType(c) == Character.COMBINING_SPACING_MARK;
	}

	/**
	 * A short slug for a URL path segment, in the title's own script: {@link #normalize
	 * normalized}, Latin lower-cased, punctuation out, words and ZWNJ joints as {@code -}
	 * (a ZWNJ in a URL is invisible and hard to type), at most 8 words and 80 characters,
	 * never empty ({@code news}). Slugs never find an article: the id does.
	 */
	public static String slug(String title) {
		String normalized = normalize(title).toLowerCase(Locale.ROOT);
		StringBuilder slug = new StringBuilder();
		int words = 0;
		int i = 0;
		while (i < normalized.length() && words < SLUG_MAX_WORDS) {
			while (i < normalized.length() && !isSlugChar(normalized.charAt(i))) {
				i++;
			}
			int start = i;
			while (i < normalized.length() && isSlugChar(normalized.charAt(i))) {
				i++;
			}
			if (start == i) {
				break;
			}
			String word = normalized.substring(start, i);
			int length = slug.length() + (slug.isEmpty() ? 0 : 1) + word.length();
			if (length > SLUG_MAX_CHARS) {
				if (slug.isEmpty()) {
					slug.append(word, 0, SLUG_MAX_CHARS);
				}
				break;
			}
			if (!slug.isEmpty()) {
				slug.append('-');
			}
			slug.append(word);
			words++;
		}
		return slug.isEmpty() ? "news" : slug.toString();
	}

	private static boolean isSlugChar(char c) {
		return Character.isLetterOrDigit(c) && !Character.isSurrogate(c);
	}

}
