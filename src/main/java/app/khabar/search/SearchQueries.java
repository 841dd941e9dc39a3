package app.khabar.search;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** Queries from what a reader typed, without query syntax: nothing typed can be an operator. */
public final class SearchQueries {

	/** Lucene's default clause limit; a 10,000-character query is cut, never rejected. */
	static final int MAX_TERMS = 1024;

	/**
	 * Weight of an alternative term (a second stem, two words glued): it stands for words that are already in the
	 * query, and a rare glued form would otherwise outweigh them.
	 */
	static final float ALTERNATIVE_BOOST = 0.3f;

	private SearchQueries() {
	}

	/**
	 * Any of the query's terms, as the analyzer gives them (every term a clause, {@link KhabarAnalyzer#ALTERNATIVE}
	 * terms with a lower weight), ranked by
	 * the searcher's similarity; no terms match nothing.
	 */
	public static Query anyTerm(Analyzer analyzer, String field, String text) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		int terms = 0;
		try (TokenStream stream = analyzer.tokenStream(field, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			TypeAttribute type = stream.addAttribute(TypeAttribute.class);
			stream.reset();
			while (stream.incrementToken() && terms < MAX_TERMS) {
				Query clause = new TermQuery(new Term(field, term.toString()));
				if (KhabarAnalyzer.ALTERNATIVE.equals(type.type())) {
					clause = new BoostQuery(clause, ALTERNATIVE_BOOST);
				}
				query.add(clause, BooleanClause.Occur.SHOULD);
				terms++;
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return terms == 0 ? new MatchNoDocsQuery() : query.build();
	}

}
