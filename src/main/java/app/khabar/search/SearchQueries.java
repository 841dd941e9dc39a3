package app.khabar.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

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

	private SearchQueries() {
	}

	/**
	 * A term of a query, once: whether it is only an {@link KhabarAnalyzer#ALTERNATIVE
	 * alternative} (weighs less), and the {@link KhabarAnalyzer#GLUED glued} forms that
	 * count as occurrences of it ({@code زلزله} and {@code زده} each count
	 * {@code زلزلهزده}), so a text that glues a compound matches the words typed apart as
	 * one that writes it with a ZWNJ does.
	 */
	record QueryTerm(String text, boolean alternative, Set<String> glued) {

		/**
		 * The term in {@code field}: a synonym query over the term and its glued forms
		 * when it has any.
		 */
		Query query(String field) {
			if (glued.isEmpty()) {
				return new TermQuery(new Term(field, text));
			}
			SynonymQuery.Builder synonyms = new SynonymQuery.Builder(field).addTerm(new Term(field, text));
			glued.forEach(form -> synonyms.addTerm(new Term(field, form)));
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
		for (Token token : tokens) {
			if (!KhabarAnalyzer.GLUED.equals(token.type()) && (terms.size() < max || terms.containsKey(token.text()))) {
				boolean alternative = KhabarAnalyzer.ALTERNATIVE.equals(token.type());
				terms.merge(token.text(), new QueryTerm(token.text(), alternative, new LinkedHashSet<>()), (one,
						other) -> new QueryTerm(one.text(), one.alternative() && other.alternative(), one.glued()));
			}
		}
		for (Token glued : tokens) {
			if (KhabarAnalyzer.GLUED.equals(glued.type())) {
				for (Token word : tokens) {
					if (!KhabarAnalyzer.GLUED.equals(word.type()) && word.position() >= glued.position()
							&& word.position() < glued.position() + glued.length() && terms.containsKey(word.text())
							&& !word.text().equals(glued.text())) {
						terms.get(word.text()).glued().add(glued.text());
					}
				}
			}
		}
		return List.copyOf(terms.values());
	}

}
