package app.khabar.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.jspecify.annotations.Nullable;

import app.khabar.persian.PersianText;

/**
 * Splits text into folded words with offsets into the original text. Parts of a word are
 * separated by a ZWNJ or NBSP ("soft" joints, which Persian text uses inside words) or by
 * spaces; parts that {@link PersianText#fold} would glue (affixes) become one token;
 * other soft-joined parts stay tokens of their own and the glued whole is added at the
 * same position.
 */
final class PersianWordTokenizer extends Tokenizer {

	/**
	 * Longest affix or prefix that {@link PersianText#fold} can glue; longer pairs need
	 * no check.
	 */
	private static final int MAX_AFFIX_LENGTH = 6;

	private static final char ZWNJ = '\u200C';

	private static final char NBSP = '\u00A0';

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);

	private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

	private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);

	private final List<Token> tokens = new ArrayList<>();

	private final boolean gluePairs;

	private final CharArraySet stopwords;

	private final TypeAttribute type = addAttribute(TypeAttribute.class);

	/** The type of a token that stands for a word already given: a second stem. */
	static final String ALTERNATIVE = "<ALTERNATIVE>";

	/**
	 * The type of two words typed apart, glued: at the first word's position, spanning
	 * both (position length 2). It stands for each of the two words, as text that glues
	 * them writes them.
	 */
	static final String GLUED = "<GLUED>";

	/**
	 * The token type (queries only) of a three-part compound typed apart, glued
	 * ({@code حمل و نقل} → {@code حملونقل}): a glued form that weighs less
	 * ({@link SearchQueries#COMPOUND_WEIGHT}).
	 */
	static final String COMPOUND = "<COMPOUND>";

	/**
	 * The short words that join the two halves of a three-part compound
	 * ({@code حمل‌ونقل}, {@code روزبه‌روز}, {@code بعدازظهر}): all stopwords, so a query
	 * that types them apart keeps only the halves.
	 */
	static final java.util.Set<String> COMPOUND_JOINERS = java.util.Set.of("و", "به", "از");

	private int next;

	private int finalOffset;

	/**
	 * @param gluePairs also give each two words typed apart glued into one
	 * ({@code زلزله زده} → {@code زلزلهزده}), for queries: the documents may write the
	 * compound glued or with a ZWNJ
	 */
	PersianWordTokenizer(boolean gluePairs, CharArraySet stopwords) {
		this.gluePairs = gluePairs;
		this.stopwords = stopwords;
	}

	record Token(String text, int start, int end, int increment, int length, @Nullable String type) {

		Token(String text, int start, int end, int increment, int length) {
			this(text, start, end, increment, length, null);
		}

	}

	/**
	 * A word part as typed, its folded form, and whether a soft joint links it to the
	 * part before.
	 */
	record Part(String folded, int start, int end, Joint before) {
	}

	enum Joint {

		NONE, SPACE, SOFT

	}

	@Override
	public boolean incrementToken() throws IOException {
		clearAttributes();
		if (next >= tokens.size()) {
			return false;
		}
		Token token = tokens.get(next++);
		term.setEmpty().append(token.text());
		offset.setOffset(correctOffset(token.start()), correctOffset(token.end()));
		increment.setPositionIncrement(token.increment());
		length.setPositionLength(token.length());
		if (token.type() != null) {
			type.setType(token.type());
		}
		return true;
	}

	@Override
	public void reset() throws IOException {
		super.reset();
		String text = readAll();
		finalOffset = correctOffset(text.length());
		tokens.clear();
		next = 0;
		tokenize(text, gluePairs ? stopwords : null, tokens);
	}

	@Override
	public void end() throws IOException {
		super.end();
		offset.setOffset(finalOffset, finalOffset);
	}

	private String readAll() throws IOException {
		StringBuilder text = new StringBuilder();
		char[] buffer = new char[8192];
		for (int read; (read = input.read(buffer)) != -1;) {
			text.append(buffer, 0, read);
		}
		return text.toString();
	}

	/**
	 * @param pairStopwords when not null, each two words typed apart are also given glued
	 * ({@link #GLUED}), unless both are stopwords, and so is each three-part compound
	 * typed apart ({@link #COMPOUND_JOINERS})
	 */
	static void tokenize(String text, @Nullable CharArraySet pairStopwords, List<Token> out) {
		List<Part> parts = parts(text);
		int i = 0;
		Part previous = null;
		// the groups emitted so far, for three-part compounds typed apart
		List<Part> emitted = new ArrayList<>();
		while (i < parts.size()) {
			Joint before = parts.get(i).before();
			// one compound: groups linked by soft joints; a group is a word with its
			// glued affixes
			List<Part> groups = new ArrayList<>();
			do {
				Part group = parts.get(i++);
				while (i < parts.size() && parts.get(i).before() != Joint.NONE
						&& glues(group.folded(), parts.get(i).folded())) {
					Part affix = parts.get(i++);
					group = new Part(group.folded() + affix.folded(), group.start(), affix.end(), group.before());
				}
				groups.add(group);
			}
			while (i < parts.size() && parts.get(i).before() == Joint.SOFT);
			Part first = groups.getFirst();
			if (pairStopwords != null && previous != null && before == Joint.SPACE
					&& !(pairStopwords.contains(previous.folded()) && pairStopwords.contains(first.folded()))) {
				out.add(new Token(previous.folded() + first.folded(), previous.start(), first.end(), 0, 2, GLUED));
			}
			previous = groups.getLast();
			if (groups.size() > 1) {
				Part last = groups.getLast();
				String whole = String.join("", groups.stream().map(Part::folded).toList());
				out.add(new Token(whole, first.start(), last.end(), 1, groups.size()));
				for (int g = 0; g < groups.size(); g++) {
					Part group = groups.get(g);
					out.add(new Token(group.folded(), group.start(), group.end(), g == 0 ? 0 : 1, 1));
					gluedCompound(emitted, group, pairStopwords, out);
				}
			}
			else {
				out.add(new Token(first.folded(), first.start(), first.end(), 1, 1));
				gluedCompound(emitted, first, pairStopwords, out);
			}
		}
	}

	/**
	 * Notes the group just emitted (queries only); when the last three are a word, a
	 * {@link #COMPOUND_JOINERS joiner} and a word typed apart ({@code حمل و نقل},
	 * {@code بعد از ظهر}; not both words stopwords), gives them glued ({@code حملونقل})
	 * as a {@link #COMPOUND} token at the first word's position spanning all three, as a
	 * text that writes {@code حمل‌ونقل} indexes it. The token comes after the third
	 * word's and must sit at the first's: it is inserted after the first's token.
	 */
	private static void gluedCompound(List<Part> emitted, Part group, @Nullable CharArraySet stopwords,
			List<Token> out) {
		if (stopwords == null) {
			return;
		}
		emitted.add(group);
		int n = emitted.size();
		if (n < 3) {
			return;
		}
		Part left = emitted.get(n - 3);
		Part joiner = emitted.get(n - 2);
		Part right = emitted.get(n - 1);
		// all soft: one compound, whose whole is given already
		boolean oneCompound = joiner.before() == Joint.SOFT && right.before() == Joint.SOFT;
		if (oneCompound || !COMPOUND_JOINERS.contains(joiner.folded()) || joiner.before() == Joint.NONE
				|| right.before() == Joint.NONE
				|| (stopwords.contains(left.folded()) && stopwords.contains(right.folded()))) {
			return;
		}
		// after the joiner's own token, spanning it and the second word: the joiner is a
		// stopword, so the whole counts for the second word only (counted for both
		// words, it outweighed texts that write them apart: bench/RESULTS.md, issue 10)
		for (int t = out.size() - 1; t >= 0; t--) {
			Token token = out.get(t);
			if (token.start() == joiner.start() && token.text().equals(joiner.folded()) && token.type() == null) {
				out.add(t + 1, new Token(left.folded() + joiner.folded() + right.folded(), left.start(), right.end(), 0,
						2, COMPOUND));
				return;
			}
		}
	}

	/**
	 * Whether {@link PersianText#fold} glues the two folded words when written apart: the
	 * one affix rule.
	 */
	static boolean glues(String left, String right) {
		if (left.length() > MAX_AFFIX_LENGTH && right.length() > MAX_AFFIX_LENGTH) {
			return false;
		}
		return PersianText.fold(left + " " + right).indexOf(' ') < 0;
	}

	/** Word parts in order, each folded, with the kind of joint before it. */
	static List<Part> parts(String text) {
		List<Part> parts = new ArrayList<>();
		int n = text.length();
		int gapStart = 0;
		int i = 0;
		while (i < n) {
			if (!isWordChar(text.charAt(i))) {
				i++;
				continue;
			}
			int start = i;
			while (i < n && (isWordChar(text.charAt(i)) || (isInvisible(text.charAt(i)) && text.charAt(i) != ZWNJ))) {
				i++;
			}
			String folded = PersianText.fold(text.substring(start, i));
			if (!folded.isEmpty() && folded.indexOf(' ') < 0) {
				Joint joint = parts.isEmpty() ? Joint.NONE : joint(text, gapStart, start);
				parts.add(new Part(folded, start, i, joint));
			}
			gapStart = i;
		}
		return parts;
	}

	/**
	 * The joint a gap between two words makes: soft when it holds only ZWNJ or NBSP, a
	 * space when it holds only spaces within a line, none at punctuation or a line break.
	 */
	static Joint joint(String text, int from, int to) {
		boolean soft = true;
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c == ZWNJ || c == NBSP || (isInvisible(c))) {
				continue;
			}
			if (c == '\n' || c == '\r' || !(Character.isSpaceChar(c) || c == '\t')) {
				return Joint.NONE;
			}
			soft = false;
		}
		return soft ? Joint.SOFT : Joint.SPACE;
	}

	static boolean isWordChar(char c) {
		int type = Character.getType(c);
		return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
				|| type == Character.COMBINING_SPACING_MARK;
	}

	/**
	 * Format characters inside a word (ZWJ, LRM, RLM, ZWSP, bidi controls) fold away and
	 * do not split it.
	 */
	static boolean isInvisible(char c) {
		return Character.getType(c) == Character.FORMAT;
	}

}
