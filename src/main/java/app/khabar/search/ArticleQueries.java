package app.khabar.search;

import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
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
 * ({@link SearchQueries.QueryTerm}), a glued word the two apart
 * ({@link SearchQueries#splits}); the words as a phrase add
 * {@link SearchQueries#PHRASE_BOOST} (the same as {@link SearchQueries#ranked}, over four
 * fields).
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

	/**
	 * @param reader the index searched: a glued word also matches the two words it
	 * {@link SearchQueries#splits splits} into where the texts write them apart
	 */
	Query text(String query, IndexReader reader) {
		SearchQueries.Analyzed analyzed = SearchQueries.analyze(analyzer, ArticleIndex.BODY, query, MAX_TERMS);
		if (analyzed.terms().isEmpty()) {
			return new MatchNoDocsQuery();
		}
		// one flat disjunction of term (or synonym) queries: Lucene skips non-competitive
		// documents (block-max WAND) only there
		BooleanQuery.Builder bag = new BooleanQuery.Builder();
		for (QueryTerm term : analyzed.terms()) {
			float weight = term.alternative() ? SearchQueries.ALTERNATIVE_BOOST : 1f;
			List<SearchQueries.Split> splits = term.alternative() ? List.of()
					: SearchQueries.splits(reader, ArticleIndex.BODY, term.text());
			FIELDS.forEach((field, fieldWeight) -> {
				bag.add(new BoostQuery(term.query(field), fieldWeight * weight), BooleanClause.Occur.SHOULD);
				splits.forEach(
						split -> bag.add(new BoostQuery(split.query(field), fieldWeight * SearchQueries.SPLIT_BOOST),
								BooleanClause.Occur.SHOULD));
			});
		}
		FIELDS.forEach((field, fieldWeight) -> {
			Query phrase = analyzed.phrase(field);
			if (phrase != null) {
				bag.add(new BoostQuery(phrase, fieldWeight * SearchQueries.PHRASE_BOOST), BooleanClause.Occur.SHOULD);
			}
		});
		return bag.build();
	}

	/** The analyzed terms in order, each once. */
	List<QueryTerm> terms(String query) {
		return SearchQueries.terms(analyzer, ArticleIndex.BODY, query, MAX_TERMS);
	}

}
