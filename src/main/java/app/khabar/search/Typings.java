package app.khabar.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * How people type the same Persian words differently: the re-typings of queries and
 * documents that the search evaluation runs as a matrix. Each query typing changes one
 * thing from the query as given.
 */
final class Typings {

	static final String ZWNJ = "\u200C";

	static final String NBSP = "\u00A0";

	/**
	 * Suffixes typed apart in the given queries ({@code نهنگ ها}, {@code راه هاي});
	 * Arabic and Persian yeh.
	 */
	static final Set<String> SUFFIXES = Set.of("ها", "های", "هاي", "هایی", "هايي", "تر", "ترین", "ترين");

	/** Suffixes typed apart after a final heh ({@code بیانیه ای}). */
	static final Set<String> SUFFIXES_AFTER_HEH = Set.of("ای", "اي", "ی", "ي");

	static final Set<String> PREFIXES = Set.of("می", "مي", "نمی", "نمي");

	private Typings() {
	}

	enum QueryTyping {

		AS_GIVEN("as given", q -> q), //
		PERSIAN_LETTERS("Persian ی ک", Typings::persianLetters), //
		AFFIXES_ZWNJ("affixes + ZWNJ", q -> joinAffixes(q, ZWNJ)), //
		AFFIXES_GLUED("affixes glued", q -> joinAffixes(q, ""));

		final String label;

		final UnaryOperator<String> retype;

		QueryTyping(String label, UnaryOperator<String> retype) {
			this.label = label;
			this.retype = retype;
		}

	}

	enum DocumentTyping {

		AS_GIVEN("docs as given (NBSP)", d -> d), //
		NBSP_TO_ZWNJ("docs NBSP→ZWNJ", d -> d.replace(NBSP, ZWNJ)), //
		NBSP_REMOVED("docs NBSP removed (glued)", d -> d.replace(NBSP, ""));

		final String label;

		final UnaryOperator<String> retype;

		DocumentTyping(String label, UnaryOperator<String> retype) {
			this.label = label;
			this.retype = retype;
		}

	}

	/** Arabic yeh and kaf as Persian letters: ي → ی, ك → ک. */
	static String persianLetters(String text) {
		return text.replace('ي', 'ی').replace('ك', 'ک');
	}

	/**
	 * Joins affixes typed apart by spaces to their word with {@code joint}: suffixes to
	 * the word before ({@code نهنگ ها} → {@code نهنگ‌ها}), {@code ای}/{@code ی} only
	 * after a final heh, {@code می}/{@code نمی} to the word after ({@code مي كند} →
	 * {@code مي‌كند}). Letters are kept as typed.
	 */
	static String joinAffixes(String query, String joint) {
		String[] words = query.trim().split("\\s+");
		List<String> out = new ArrayList<>();
		boolean joinNext = false;
		for (String word : words) {
			if (word.isEmpty()) {
				continue;
			}
			boolean suffix = !out.isEmpty() && !joinNext
					&& (SUFFIXES.contains(word) || (SUFFIXES_AFTER_HEH.contains(word) && out.getLast().endsWith("ه")));
			if (joinNext || suffix) {
				out.set(out.size() - 1, out.getLast() + joint + word);
			}
			else {
				out.add(word);
			}
			joinNext = PREFIXES.contains(word);
		}
		return String.join(" ", out);
	}

}
