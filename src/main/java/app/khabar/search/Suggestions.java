package app.khabar.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.jspecify.annotations.Nullable;

import app.khabar.search.SearchQueries.QueryTerm;

/**
 * "Did you mean" for a query that found nothing: the analyzer already matches letters,
 * digits and affix spacing, so what is left is what folding cannot see:
 * <ul>
 * <li>a Persian query typed with the keyboard in Latin layout ({@code hdvhk} →
 * {@code ایران});</li>
 * <li>two words glued that the articles write apart ({@code مجلسشورا} →
 * {@code مجلس شورا}): a word the index lacks, split where both parts are words of the
 * index.</li>
 * </ul>
 * A suggestion is offered only when it finds articles.
 */
final class Suggestions {

	/** The standard Persian keyboard (ISIRI 9147) under the keys of a US layout. */
	private static final String LATIN_KEYS = "qwertyuiop[]asdfghjkl;'zxcvbnm,C";

	private static final String PERSIAN_KEYS = "ضصثقفغعهخحجچشسیبلاتنمکگظطزرذدپوژ";

	private static final int MIN_PART = 2;

	private final ArticleQueries queries;

	Suggestions(ArticleQueries queries) {
		this.queries = queries;
	}

	/** A query that finds articles where {@code query} found none, or null. */
	@Nullable String suggest(IndexSearcher searcher, String query, ToLongFunction<String> count) {
		List<String> candidates = new ArrayList<>(2);
		String persian = fromLatinLayout(query);
		if (persian != null) {
			candidates.add(persian);
		}
		String split = splitGlued(searcher.getIndexReader(), persian != null ? persian : query);
		if (split != null) {
			candidates.add(split);
		}
		for (String candidate : candidates) {
			if (!candidate.equals(query) && count.applyAsLong(candidate) > 0) {
				return candidate;
			}
		}
		return null;
	}

	/**
	 * The query as the Persian layout would have typed it, if it is all Latin letters and
	 * spaces.
	 */
	static @Nullable String fromLatinLayout(String query) {
		StringBuilder out = new StringBuilder(query.length());
		boolean letters = false;
		for (int i = 0; i < query.length(); i++) {
			char c = query.charAt(i);
			if (c == ' ') {
				out.append(c);
				continue;
			}
			int key = LATIN_KEYS.indexOf(c == 'C' ? c : Character.toLowerCase(c));
			if (key < 0) {
				return null;
			}
			letters |= c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
			out.append(PERSIAN_KEYS.charAt(key));
		}
		return letters ? out.toString() : null;
	}

	/**
	 * Each word the index does not know, split in two words it knows (the split whose
	 * rarer part is commonest).
	 */
	@Nullable String splitGlued(IndexReader reader, String query) {
		String[] words = query.split(" ");
		boolean changed = false;
		for (int w = 0; w < words.length; w++) {
			String word = words[w];
			// a stopword is left out of every search, not unknown: nothing to split
			if (word.length() < 2 * MIN_PART || queries.terms(word).isEmpty() || docFreq(reader, word) > 0) {
				continue;
			}
			String best = null;
			long bestFreq = 0;
			for (int i = MIN_PART; i <= word.length() - MIN_PART; i++) {
				String left = word.substring(0, i);
				String right = word.substring(i);
				long freq = Math.min(docFreq(reader, left), docFreq(reader, right));
				if (freq > bestFreq) {
					best = left + " " + right;
					bestFreq = freq;
				}
			}
			if (best != null) {
				words[w] = best;
				changed = true;
			}
		}
		return changed ? String.join(" ", words) : null;
	}

	/**
	 * Articles whose body has the word, as the analyzer indexes it (0 when it analyzes to
	 * nothing or to several).
	 */
	private long docFreq(IndexReader reader, String word) {
		List<QueryTerm> terms = queries.terms(word);
		if (terms.size() != 1) {
			return 0;
		}
		try {
			return reader.docFreq(new Term(ArticleIndex.BODY, terms.getFirst().text()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
