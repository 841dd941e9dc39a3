package app.khabar.moderation.phase;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import app.khabar.persian.PersianText;

/**
 * Words and phrases matched the way a Persian reader sees them, through
 * {@link PersianText#foldedTokens}: Arabic {@code ي}/{@code ك}, tatweel, diacritics and
 * digit scripts do not matter, and a joint written with a ZWNJ, a space or nothing
 * matches any other way of writing it. Matching is by whole tokens: an entry matches a
 * run of adjacent tokens whose letters, glued together, are the entry's letters glued
 * together, so {@code بی‌شرف}, {@code بی شرف} and {@code بیشرف} match one another, while
 * a word inside a longer word ({@code کلاس} for {@code کلا}) does not.
 * <p>
 * An entry between slashes ({@code /t\.me\/\w+/}) is a pattern: a regular expression
 * searched, case-insensitively, in the {@link PersianText#fold folded} text (Latin
 * digits, lower case, no ZWNJ, single spaces), for spam that has a shape rather than
 * words: phone numbers, Telegram handles. Each search has a budget of steps, so a pattern
 * that backtracks without end costs a comment nothing but the match.
 */
public final class WordList {

	private static final Logger log = LoggerFactory.getLogger(WordList.class);

	private static final WordList EMPTY = new WordList(List.of());

	/** Longest pattern kept, between its slashes. */
	public static final int MAX_PATTERN = 200;

	/**
	 * Glued form → the entry as written in the list, to show a moderator what matched.
	 */
	private final Map<String, String> entries = new HashMap<>();

	private final List<Shape> patterns = new ArrayList<>();

	private final int longestEntry;

	private WordList(List<String> words) {
		int longest = 0;
		for (var word : words) {
			if (isPattern(word)) {
				compile(word).ifPresent(pattern -> patterns.add(new Shape(word.strip(), pattern)));
				continue;
			}
			var glued = String.join("", PersianText.foldedTokens(word));
			if (!glued.isEmpty()) {
				entries.putIfAbsent(glued, word.strip());
				longest = Math.max(longest, glued.length());
			}
		}
		this.longestEntry = longest;
	}

	public static WordList of(List<String> words) {
		return new WordList(words);
	}

	public static WordList empty() {
		return EMPTY;
	}

	/** Whether the entry is a pattern: written between slashes. */
	public static boolean isPattern(String entry) {
		String strip = entry.strip();
		return strip.length() > 2 && strip.startsWith("/") && strip.endsWith("/");
	}

	/**
	 * The pattern of an entry between slashes, or empty when it is not a valid regular
	 * expression or longer than {@link #MAX_PATTERN}.
	 */
	public static Optional<Pattern> compile(String entry) {
		String strip = entry.strip();
		String body = strip.substring(1, strip.length() - 1);
		if (body.length() > MAX_PATTERN) {
			return Optional.empty();
		}
		try {
			return Optional.of(Pattern.compile(body, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
		}
		catch (PatternSyntaxException invalid) {
			return Optional.empty();
		}
	}

	public boolean isEmpty() {
		return entries.isEmpty() && patterns.isEmpty();
	}

	/**
	 * The first entry found in the text, as written in the list; for a pattern, the part
	 * of the folded text it found (a moderator learns more from the phone number than
	 * from the expression).
	 */
	public Optional<String> firstMatch(String text) {
		var word = firstWord(text);
		if (word.isPresent() || patterns.isEmpty()) {
			return word;
		}
		String folded = PersianText.fold(text);
		for (Shape shape : patterns) {
			var found = shape.find(folded);
			if (found.isPresent()) {
				return found;
			}
		}
		return Optional.empty();
	}

	private Optional<String> firstWord(String text) {
		if (entries.isEmpty()) {
			return Optional.empty();
		}
		var tokens = new ArrayList<>(PersianText.foldedTokens(text));
		for (int start = 0; start < tokens.size(); start++) {
			var glued = new StringBuilder();
			for (int end = start; end < tokens.size(); end++) {
				glued.append(tokens.get(end));
				if (glued.length() > longestEntry) {
					break;
				}
				var entry = entries.get(glued.toString());
				if (entry != null) {
					return Optional.of(entry);
				}
			}
		}
		return Optional.empty();
	}

	/** A pattern entry; it warns once per list snapshot when it runs out of steps. */
	private record Shape(String entry, Pattern pattern, AtomicBoolean warned) {

		/** Characters a search may read per character of text. */
		private static final int STEPS_PER_CHAR = 200;

		Shape(String entry, Pattern pattern) {
			this(entry, pattern, new AtomicBoolean());
		}

		Optional<String> find(String folded) {
			Matcher matcher = pattern.matcher(new Budgeted(folded, STEPS_PER_CHAR * (folded.length() + 50)));
			try {
				return matcher.find() ? Optional.of(matcher.group().strip()) : Optional.empty();
			}
			catch (OutOfSteps tooSlow) {
				if (warned.compareAndSet(false, true)) {
					log.warn("Word list pattern {} ran out of steps on a comment of {} characters; it matched nothing",
							entry, folded.length());
				}
				return Optional.empty();
			}
		}

	}

	/** The text as a regular expression reads it, one step per character read. */
	private static final class Budgeted implements CharSequence {

		private final String text;

		private int steps;

		Budgeted(String text, int steps) {
			this.text = text;
			this.steps = steps;
		}

		@Override
		public char charAt(int index) {
			if (--steps < 0) {
				throw OutOfSteps.INSTANCE;
			}
			return text.charAt(index);
		}

		@Override
		public int length() {
			return text.length();
		}

		@Override
		public CharSequence subSequence(int start, int end) {
			return text.subSequence(start, end);
		}

		@Override
		public String toString() {
			return text;
		}

	}

	private static final class OutOfSteps extends RuntimeException {

		static final OutOfSteps INSTANCE = new OutOfSteps();

		private OutOfSteps() {
			super("out of steps", null, false, false);
		}

	}

}
