package app.khabar.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

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

/**
 * The article query for a reader's text: each term of {@link KhabarAnalyzer#forQueries()} looked up in title, lead,
 * tags and body, its BM25 scores summed with field weights (a term in the title weighs 3, in lead or tags 1.5, in the
 * body 1), any term matching; alternative terms (two words glued, a second stem) weigh
 * {@link SearchQueries#ALTERNATIVE_BOOST} as much.
 */
final class ArticleQueries {

	/** Field weights: the title says what an article is about, the body mentions many things. */
	static final Map<String, Float> FIELDS = Map.of(ArticleIndex.TITLE, 3f, ArticleIndex.LEAD, 1.5f, ArticleIndex.TAGS,
			1.5f, ArticleIndex.BODY, 1f);

	/** Distinct terms past this are dropped: a long paste must not become a runaway query. */
	static final int MAX_TERMS = 48;

	private final Analyzer analyzer = KhabarAnalyzer.forQueries();

	Query text(String query) {
		Map<String, Boolean> terms = terms(query);
		if (terms.isEmpty()) {
			return new MatchNoDocsQuery();
		}
		// one flat disjunction of term queries: Lucene skips non-competitive documents (block-max WAND) only there
		BooleanQuery.Builder bag = new BooleanQuery.Builder();
		terms.forEach((term, alternative) -> FIELDS.forEach((field, weight) -> bag.add(
				new BoostQuery(new TermQuery(new Term(field, term)),
						alternative ? weight * SearchQueries.ALTERNATIVE_BOOST : weight),
				BooleanClause.Occur.SHOULD)));
		return bag.build();
	}

	/** The analyzed terms in order, each once (an alternative term that is also a plain one is plain). */
	Map<String, Boolean> terms(String query) {
		Map<String, Boolean> terms = new LinkedHashMap<>();
		try (TokenStream stream = analyzer.tokenStream(ArticleIndex.BODY, query)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			TypeAttribute type = stream.addAttribute(TypeAttribute.class);
			stream.reset();
			while (stream.incrementToken() && terms.size() < MAX_TERMS) {
				boolean alternative = KhabarAnalyzer.ALTERNATIVE.equals(type.type());
				terms.merge(term.toString(), alternative, Boolean::logicalAnd);
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return terms;
	}

}
