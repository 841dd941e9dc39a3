package app.khabar.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The article query for a reader's text: each term of {@link KhabarAnalyzer#forQueries()} looked up in title, lead,
 * tags and body, the best field counting (a term in the title weighs 3, in lead or tags 1.5, in the body 1), any term
 * matching, ranked by BM25; alternative terms (two words glued, a second stem) weigh
 * {@link SearchQueries#ALTERNATIVE_BOOST}.
 */
final class ArticleQueries {

	/** Field weights: the title says what an article is about, the body mentions many things. */
	static final Map<String, Float> FIELDS = Map.of(ArticleIndex.TITLE, 3f, ArticleIndex.LEAD, 1.5f, ArticleIndex.TAGS,
			1.5f, ArticleIndex.BODY, 1f);

	/** Distinct terms past this are dropped: a long paste must not become a runaway query. */
	static final int MAX_TERMS = 48;

	/** How much the other fields of a term count beside its best one. */
	private static final float TIE_BREAKER = 0.1f;

	private final Analyzer analyzer = KhabarAnalyzer.forQueries();

	Query text(String query) {
		Map<String, Boolean> terms = terms(query);
		if (terms.isEmpty()) {
			return new MatchNoDocsQuery();
		}
		BooleanQuery.Builder bag = new BooleanQuery.Builder();
		terms.forEach((term, alternative) -> {
			List<Query> fields = new ArrayList<>(FIELDS.size());
			FIELDS.forEach((field, weight) -> fields.add(new BoostQuery(new TermQuery(new Term(field, term)), weight)));
			Query any = new DisjunctionMaxQuery(fields, TIE_BREAKER);
			bag.add(alternative ? new BoostQuery(any, SearchQueries.ALTERNATIVE_BOOST) : any, BooleanClause.Occur.SHOULD);
		});
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
