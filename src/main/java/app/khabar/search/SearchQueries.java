package app.khabar.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.jspecify.annotations.Nullable;

/**
 * Queries from what a reader typed, without query syntax: nothing typed can be an
 * operator.
 */
public final class SearchQueries {

	/** Lucene's default clause limit; a 10,000-character query is cut, never rejected. */
	static final int MAX_TERMS = 1024;

	/**
	 * Weight of an alternative term (a second stem): it stands for a word that is already
	 * in the query, and a rare form would otherwise outweigh it.
	 */
	static final float ALTERNATIVE_BOOST = 0.3f;

	/**
	 * Weight of the query's words as a phrase beside its terms: a text that holds the
	 * phrase ranks above one that holds the words apart. Small on purpose: at 0.5 it cost
	 * search-eval 0.005 MAP (bench/RESULTS.md, issue 10).
	 */
	static final float PHRASE_BOOST = 0.05f;

	/**
	 * Weight of a glued word's {@link #splits split} reading: a second reading of a word
	 * already in the query, as an alternative stem is.
	 */
	static final float SPLIT_BOOST = ALTERNATIVE_BOOST;

	/**
	 * Weight of a three-part compound's glued whole ({@code حمل و نقل} typed apart also
	 * finds {@code حمل‌ونقل}) beside the word it is counted for: a second reading, as an
	 * alternative stem is; at full weight it cost search-eval 0.001 nDCG@10 on glued
	 * texts (bench/RESULTS.md, issue 10).
	 */
	static final float COMPOUND_WEIGHT = ALTERNATIVE_BOOST;

	/** Longer queries are not also searched as a phrase: it would seldom match. */
	static final int MAX_PHRASE_WORDS = 12;

	/** Shortest part of a glued word that {@link #splits} tries. */
	static final int MIN_PART = 2;

	/** Splits past this are not tried: a long word must not become a runaway query. */
	static final int MAX_SPLITS = 4;

	private static final org.apache.lucene.analysis.CharArraySet STOPWORDS = KhabarAnalyzer.foldedStopwords();

	private SearchQueries() {
	}

	/**
	 * A term of a query, once: whether it is only an {@link KhabarAnalyzer#ALTERNATIVE
	 * alternative} (weighs less), and the {@link KhabarAnalyzer#GLUED glued} forms that
	 * count as occurrences of it ({@code زلزله} and {@code زده} each count
	 * {@code زلزلهزده}), so a text that glues a compound matches the words typed apart as
	 * one that writes it with a ZWNJ does.
	 */
	record QueryTerm(String text, boolean alternative, Set<String> glued, Set<String> compounds) {

		/**
		 * The term in {@code field}: a synonym query over the term and its glued forms
		 * when it has any, a compound's whole weighing {@link #COMPOUND_WEIGHT}.
		 */
		Query query(String field) {
			if (glued.isEmpty() && compounds.isEmpty()) {
				return new TermQuery(new Term(field, text));
			}
			SynonymQuery.Builder synonyms = new SynonymQuery.Builder(field).addTerm(new Term(field, text));
			glued.forEach(form -> synonyms.addTerm(new Term(field, form)));
			compounds.forEach(form -> synonyms.addTerm(new Term(field, form), COMPOUND_WEIGHT));
			return synonyms.build();
		}

	}

	/**
	 * Any of the query's terms, as the analyzer gives them (every term a clause,
	 * alternatives with a lower weight, each with its glued forms), ranked by the
	 * searcher's similarity; no terms match nothing.
	 */
	public static Query anyTerm(Analyzer analyzer, String field, String text) {
		List<QueryTerm> terms = terms(analyzer, field, text, MAX_TERMS);
		if (terms.isEmpty()) {
			return new MatchNoDocsQuery();
		}
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		for (QueryTerm term : terms) {
			Query clause = term.query(field);
			query.add(term.alternative() ? new BoostQuery(clause, ALTERNATIVE_BOOST) : clause,
					BooleanClause.Occur.SHOULD);
		}
		return query.build();
	}

	/**
	 * The analyzed terms in order, each once, at most {@code max} (a term that is also a
	 * plain one is plain); a glued token becomes a glued form of the terms at the
	 * positions it spans, and is dropped when they are all stopwords.
	 */
	static List<QueryTerm> terms(Analyzer analyzer, String field, String text, int max) {
		return analyze(analyzer, field, text, max).terms();
	}

	/**
	 * A query as the analyzer reads it: its {@link QueryTerm terms}, and its words in
	 * order as a phrase (each position's terms, a gap where a stopword was).
	 */
	record Analyzed(List<QueryTerm> terms, List<PhraseSlot> phrase) {

		/**
		 * The query's words at their places, in {@code field}; null for fewer than two
		 * words. A stopword's place is kept, any word may fill it.
		 */
		@Nullable Query phrase(String field) {
			if (phrase.size() < 2 || phrase.size() > MAX_PHRASE_WORDS) {
				return null;
			}
			MultiPhraseQuery.Builder query = new MultiPhraseQuery.Builder();
			int first = phrase.getFirst().position();
			for (PhraseSlot slot : phrase) {
				query.add(slot.terms().stream().map(term -> new Term(field, term)).toArray(Term[]::new),
						slot.position() - first);
			}
			return query.build();
		}

	}

	/** The terms a phrase accepts at one position (a compound's whole and first part). */
	record PhraseSlot(int position, List<String> terms) {
	}

	static Analyzed analyze(Analyzer analyzer, String field, String text, int max) {
		record Token(String text, String type, int position, int length) {
		}
		List<Token> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream(field, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			TypeAttribute type = stream.addAttribute(TypeAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
			stream.reset();
			int position = -1;
			while (stream.incrementToken() && tokens.size() < 4 * max) {
				position += increment.getPositionIncrement();
				tokens.add(new Token(term.toString(), type.type(), position, length.getPositionLength()));
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Map<String, QueryTerm> terms = new LinkedHashMap<>();
		Map<Integer, Set<String>> slots = new TreeMap<>();
		for (Token token : tokens) {
			if (!isGlued(token.type()) && (terms.size() < max || terms.containsKey(token.text()))) {
				boolean alternative = KhabarAnalyzer.ALTERNATIVE.equals(token.type());
				terms.merge(token.text(),
						new QueryTerm(token.text(), alternative, new LinkedHashSet<>(), new LinkedHashSet<>()),
						(one, other) -> new QueryTerm(one.text(), one.alternative() && other.alternative(), one.glued(),
								one.compounds()));
				slots.computeIfAbsent(token.position(), unused -> new LinkedHashSet<>()).add(token.text());
			}
		}
		for (Token glued : tokens) {
			if (isGlued(glued.type())) {
				for (Token word : tokens) {
					if (!isGlued(word.type()) && word.position() >= glued.position()
							&& word.position() < glued.position() + glued.length() && terms.containsKey(word.text())
							&& !word.text().equals(glued.text())) {
						QueryTerm term = terms.get(word.text());
						(KhabarAnalyzer.GLUED.equals(glued.type()) ? term.glued() : term.compounds()).add(glued.text());
					}
				}
			}
		}
		List<PhraseSlot> phrase = new ArrayList<>();
		slots.forEach((position, texts) -> phrase.add(new PhraseSlot(position, List.copyOf(texts))));
		return new Analyzed(List.copyOf(terms.values()), List.copyOf(phrase));
	}

	private static boolean isGlued(String type) {
		return KhabarAnalyzer.GLUED.equals(type) || PersianWordTokenizer.COMPOUND.equals(type);
	}

	/**
	 * Phrases that a term glued from two words stands for, where the index has both
	 * words: {@code کتابخوانی} as {@code کتاب خوانی}, {@code حملونقل} as
	 * {@code حمل و نقل} (the joiner is a stopword: any word may fill its place). Neither
	 * word may be a stopword or shorter than two letters; a split that the texts never
	 * write as a phrase matches nothing, so only the splits that texts do write count.
	 */
	static List<Split> splits(IndexReader reader, String field, String term) {
		List<Split> splits = new ArrayList<>();
		try {
			for (int i = MIN_PART; i <= term.length() - MIN_PART && splits.size() < MAX_SPLITS; i++) {
				String left = term.substring(0, i);
				if (!isWord(reader, field, left)) {
					continue;
				}
				String right = term.substring(i);
				if (isWord(reader, field, right)) {
					splits.add(new Split(left, right, 1));
				}
				for (String joiner : PersianWordTokenizer.COMPOUND_JOINERS) {
					String rest = right.substring(Math.min(joiner.length(), right.length()));
					if (right.startsWith(joiner) && rest.length() >= MIN_PART && isWord(reader, field, rest)) {
						splits.add(new Split(left, rest, 2));
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return splits;
	}

	/**
	 * Two words of the index that a glued term stands for, {@code distance} positions
	 * apart (2 when a stopword joins them).
	 */
	record Split(String left, String right, int distance) {

		Query query(String field) {
			return new PhraseQuery.Builder().add(new Term(field, left), 0)
				.add(new Term(field, right), distance)
				.build();
		}

	}

	private static boolean isWord(IndexReader reader, String field, String text) throws IOException {
		return !STOPWORDS.contains(text) && reader.docFreq(new Term(field, text)) > 0;
	}

	/**
	 * Khabar's query in one field, as the site ranks it ({@link ArticleQueries} does the
	 * same over its fields): {@link #anyTerm}, each term also as the phrases it
	 * {@link #splits splits} into, and the whole query as a phrase at
	 * {@link #PHRASE_BOOST}.
	 */
	public static Query ranked(Analyzer analyzer, String field, String text, IndexReader reader) {
		Analyzed analyzed = analyze(analyzer, field, text, MAX_TERMS);
		if (analyzed.terms().isEmpty()) {
			return new MatchNoDocsQuery();
		}
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		for (QueryTerm term : analyzed.terms()) {
			float weight = term.alternative() ? ALTERNATIVE_BOOST : 1f;
			query.add(boosted(term.query(field), weight), BooleanClause.Occur.SHOULD);
			if (!term.alternative()) {
				splits(reader, field, term.text())
					.forEach(split -> query.add(boosted(split.query(field), SPLIT_BOOST), BooleanClause.Occur.SHOULD));
			}
		}
		Query phrase = analyzed.phrase(field);
		if (phrase != null) {
			query.add(new BoostQuery(phrase, PHRASE_BOOST), BooleanClause.Occur.SHOULD);
		}
		return query.build();
	}

	private static Query boosted(Query query, float weight) {
		return weight == 1f ? query : new BoostQuery(query, weight);
	}

}
