package app.khabar.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

import com.github.benmanes.caffeine.cache.Caffeine;

import app.khabar.shared.ReadThroughCache;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

/**
 * Searches this node's index of public articles: Khabar's Persian analysis, title weighed
 * above lead and tags above body, filters by section and time, relevance or newest first,
 * pages of {@link SearchRequest#PAGE_SIZE}, highlighted titles and snippets, and a
 * suggestion when nothing matched. Never parses query syntax.
 * <p>
 * Results are kept per request and index version ({@code khabar.search.result-cache.*}):
 * the version is the one of the searcher that answers, so any change to the index makes
 * older entries unreachable and a kept result is never older than what a search would
 * find now.
 */
@Service
public class ArticleSearch implements MeterBinder {

	/** Matches are counted exactly up to here; past it the total is a lower bound. */
	public static final int COUNT_LIMIT = 1000;

	/**
	 * Cache keys of search pages start with this; every change to the index drops the
	 * pages served from memory (see
	 * {@link app.khabar.web.PagesChanged#startingWith(String)}).
	 */
	public static final String PAGE_KEY_PREFIX = "search:";

	private static final Sort NEWEST = new Sort(
			LongField.newSortField(ArticleIndex.PUBLISHED, true, SortedNumericSelector.Type.MAX), SortField.FIELD_DOC);

	private final ArticleIndex index;

	private final ArticleQueries queries;

	private final Suggestions suggestions;

	private final @Nullable ReadThroughCache<CacheKey, SearchResults> results;

	/**
	 * Set per process: a rebuilt index folder starts its versions again, its pages must
	 * not reuse old ETags.
	 */
	private final String epoch = Long
		.toString(System.nanoTime() ^ java.util.concurrent.ThreadLocalRandom.current().nextLong(), 36);

	@Autowired
	ArticleSearch(ArticleIndex index, SearchSettings settings) {
		this(index, settings.resultCache());
	}

	/** Without a result cache. */
	ArticleSearch(ArticleIndex index) {
		this(index, new SearchSettings.ResultCache(false, 0));
	}

	ArticleSearch(ArticleIndex index, SearchSettings.ResultCache cache) {
		this.index = index;
		this.queries = new ArticleQueries();
		this.suggestions = new Suggestions(queries);
		// searched outside the cache's lock: readers of one query wait for that one
		// search
		// without blocking on a monitor (ReadThroughCache)
		this.results = cache.enabled()
				? ReadThroughCache.of(Caffeine.newBuilder().recordStats().maximumSize(cache.maximumEntries())) : null;
	}

	/**
	 * What the index holds now, as a token that changes with every change to it (and with
	 * every restart): search pages are cached under it.
	 */
	public String version() {
		IndexSearcher searcher = index.acquire();
		try {
			return epoch + '.' + version(searcher);
		}
		finally {
			index.release(searcher);
		}
	}

	public SearchResults search(SearchRequest request) {
		if (request.isBlank()) {
			return SearchResults.none(request);
		}
		IndexSearcher searcher = index.acquire();
		try {
			if (results == null) {
				return search(searcher, request);
			}
			return results.get(new CacheKey(request, version(searcher)), key -> search(searcher, request));
		}
		finally {
			index.release(searcher);
		}
	}

	private static long version(IndexSearcher searcher) {
		return ((DirectoryReader) searcher.getIndexReader()).getVersion();
	}

	private SearchResults search(IndexSearcher searcher, SearchRequest request) {
		try {
			Query text = queries.text(request.query(), searcher.getIndexReader());
			Query query = filtered(text, request);
			int upTo = request.page() * SearchRequest.PAGE_SIZE;
			// counting stops at COUNT_LIMIT: past it, non-competitive documents are
			// skipped, not scored
			TopDocs top = request.sort() == SearchSort.NEWEST
					? searcher.search(query, new TopFieldCollectorManager(NEWEST, upTo, null, COUNT_LIMIT))
					: searcher.search(query, new TopScoreDocCollectorManager(upTo, COUNT_LIMIT));
			boolean exact = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO;
			// a lower bound is shown as "more than COUNT_LIMIT", whatever the collector
			// had counted by then
			long total = exact ? top.totalHits.value() : Math.min(top.totalHits.value(), COUNT_LIMIT);
			int from = (request.page() - 1) * SearchRequest.PAGE_SIZE;
			if (top.scoreDocs.length <= from) {
				String suggestion = total == 0
						? suggestions.suggest(searcher, request.query(),
								q -> count(searcher, filtered(queries.text(q, searcher.getIndexReader()), request)))
						: null;
				return new SearchResults(request, total, exact, List.of(), suggestion);
			}
			ScoreDoc[] page = java.util.Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
			return new SearchResults(request, total, exact, hits(searcher, text, page), null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static long count(IndexSearcher searcher, Query query) {
		try {
			return searcher.count(query);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Query filtered(Query text, SearchRequest request) {
		if (request.section() == null && request.from() == null && request.to() == null) {
			return text;
		}
		BooleanQuery.Builder query = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
		if (request.section() != null) {
			query.add(KeywordField.newExactQuery(ArticleIndex.SECTION, request.section()), BooleanClause.Occur.FILTER);
		}
		if (request.from() != null || request.to() != null) {
			long from = request.from() == null ? Long.MIN_VALUE : request.from().toEpochMilli();
			long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochMilli() - 1;
			query.add(LongField.newRangeQuery(ArticleIndex.PUBLISHED, from, to), BooleanClause.Occur.FILTER);
		}
		return query.build();
	}

	private static List<SearchHit> hits(IndexSearcher searcher, Query text, ScoreDoc[] page) throws IOException {
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		// read in document order (see HitReader), shown in score order
		Integer[] order = new Integer[page.length];
		for (int i = 0; i < page.length; i++) {
			order[i] = i;
		}
		java.util.Arrays.sort(order, java.util.Comparator.comparingInt(i -> page[i].doc));
		HitReader reader = new HitReader(text);
		SearchHit[] hits = new SearchHit[page.length];
		for (int i : order) {
			LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(page[i].doc, leaves));
			hits[i] = reader.read(leaf, page[i].doc - leaf.docBase);
		}
		return List.of(hits);
	}

	/**
	 * A request (already cleaned and capped, so keys stay small) at one version of the
	 * index.
	 */
	private record CacheKey(SearchRequest request, long version) {
	}

	/** Its cache's hits and misses ({@code cache.gets}, README "Metrics"). */
	@Override
	public void bindTo(MeterRegistry meters) {
		if (results != null) {
			CaffeineCacheMetrics.monitor(meters, results.async(), "search.results");
		}
	}

}
