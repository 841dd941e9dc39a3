package app.khabar.search;

import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

import app.khabar.search.SearchQueries.QueryTerm;

/**
 * The article query for a reader's text: each term of {@link KhabarAnalyzer#forQueries()}
 * looked up in title, lead, tags and body, its BM25 scores summed with field weights (a
 * term in the title weighs 3, in lead or tags 1.5, in the body 1), any term matching;
 * alternative terms (a second stem) weigh {@link SearchQueries#ALTERNATIVE_BOOST} as
 * much; a word of two typed apart also matches the two glued
 * ({@link SearchQueries.QueryTerm}).
 */
final class ArticleQueries {

	/**
	 * Field weights: the title says what an article is about, the body mentions many
	 * things.
	 */
	static final Map<String, Float> FIELDS = Map.of(ArticleIndex.TITLE, 3f, ArticleIndex.LEAD, 1.5f, ArticleIndex.TAGS,
			1.5f, ArticleIndex.BODY, 1f);

	/**
	 * Distinct terms past this are dropped: a long paste must not become a runaway query.
	 */
	static final int MAX_TERMS = 48;

	private final Analyzer analyzer = KhabarAnalyzer.forQueries();

	Query text(String query) {
		List<QueryTerm> terms = terms(query);
		if (terms.isEmpty()) {
			return new MatchNoDocsQuery();
		}
		// one flat disjunction of term (or synonym) queries: Lucene skips non-competitive
		// documents (block-max
		// WAND) only there
		BooleanQuery.Builder bag = new BooleanQuery.Builder();
		terms.forEach(term -> FIELDS.forEach((field, weight) -> bag.add(
				new BoostQuery(term.query(field),
						term.alternative() ? weight * SearchQueries.ALTERNATIVE_BOOST : weight),
				BooleanClause.Occur.SHOULD)));
		return bag.build();
	}

	/** The analyzed terms in order, each once. */
	List<QueryTerm> terms(String query) {
		return SearchQueries.terms(analyzer, ArticleIndex.BODY, query, MAX_TERMS);
	}

}
