package app.khabar.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.springframework.stereotype.Service;

import com.github.benmanes.caffeine.cache.Caffeine;

import app.khabar.article.Article;
import app.khabar.shared.ReadThroughCache;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

/**
 * Articles like a given one, by Lucene's MoreLikeThis over this node's index: the terms
 * that weigh most in the article's title, lead, tags and body (by Khabar's Persian
 * analysis; a term most articles have weighs nothing), searched as one query. For the
 * related articles under an article page, which keeps the answer with the page it
 * renders.
 * <p>
 * The answer is kept per article version and index generation: MoreLikeThis analyses the
 * whole article and looks every term up (most of what an uncached article page
 * allocated), and its answer changes only when the article or the index's documents do.
 */
@Service
public class RelatedArticles implements MeterBinder {

	private static final String[] FIELDS = { ArticleIndex.TITLE, ArticleIndex.LEAD, ArticleIndex.TAGS,
			ArticleIndex.BODY };

	private final ArticleIndex index;

	private final KhabarAnalyzer analyzer = new KhabarAnalyzer();

	/** Nothing to evict: a new article version or index generation is a new key. */
	private final ReadThroughCache<Key, List<Long>> related = ReadThroughCache
		.of(Caffeine.newBuilder().recordStats().maximumSize(10_000));

	RelatedArticles(ArticleIndex index) {
		this.index = index;
	}

	/**
	 * Ids of up to {@code limit} public articles most like {@code article}, most alike
	 * first; never the article itself nor any of {@code excluded} (what the page shows
	 * already).
	 */
	public List<Long> of(Article article, Collection<Long> excluded, int limit) {
		// the generation before the searcher: the searcher holds at least what it names
		Key key = new Key(article.id(), article.version(), index.generation(), List.copyOf(excluded), limit);
		return related.get(key, unused -> search(article, excluded, limit));
	}

	private List<Long> search(Article article, Collection<Long> excluded, int limit) {
		IndexSearcher searcher = index.acquire();
		try {
			MoreLikeThis like = new MoreLikeThis(searcher.getIndexReader());
			like.setAnalyzer(analyzer);
			like.setFieldNames(FIELDS);
			like.setMinTermFreq(1);
			// a term of this article alone finds nothing; one of most articles says
			// nothing
			like.setMinDocFreq(2);
			like.setMaxDocFreqPct(50);
			like.setMaxQueryTerms(30);
			like.setBoost(true);
			IndexedArticle text = IndexedArticle.of(article);
			Query terms = like
				.like(Map.of(ArticleIndex.TITLE, List.of(text.title()), ArticleIndex.LEAD, List.of(text.lead()),
						ArticleIndex.TAGS, List.copyOf(text.tags()), ArticleIndex.BODY, List.of(text.body())));
			Set<Long> skipped = new HashSet<>(excluded);
			skipped.add(article.id());
			BooleanQuery.Builder query = new BooleanQuery.Builder().add(terms, BooleanClause.Occur.MUST);
			for (long id : skipped) {
				query.add(new TermQuery(ArticleIndex.idTerm(id)), BooleanClause.Occur.MUST_NOT);
			}
			return List.copyOf(ids(searcher, searcher.search(query.build(), limit).scoreDocs));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			index.release(searcher);
		}
	}

	private static List<Long> ids(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		List<Long> ids = new ArrayList<>(hits.length);
		for (ScoreDoc hit : hits) {
			LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
			NumericDocValues values = leaf.reader().getNumericDocValues(ArticleIndex.ID);
			if (values != null && values.advanceExact(hit.doc - leaf.docBase)) {
				ids.add(values.longValue());
			}
		}
		return ids;
	}

	/** Its cache's hits and misses ({@code cache.gets}, README "Metrics"). */
	@Override
	public void bindTo(MeterRegistry meters) {
		CaffeineCacheMetrics.monitor(meters, related.async(), "search.related");
	}

	private record Key(long article, long version, long generation, List<Long> excluded, int limit) {
	}

}
