package app.khabar.feed;

import java.time.Duration;
import java.util.List;

import org.springframework.stereotype.Service;

import com.github.benmanes.caffeine.cache.Caffeine;

import app.khabar.article.ArticleCatalog;
import app.khabar.article.ArticleSummary;
import app.khabar.article.ArticleViews;
import app.khabar.comment.CommentThreads;
import app.khabar.shared.PageRequest;
import app.khabar.shared.ReadThroughCache;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

/**
 * The home page's "most read" (page views of the last two Tehran days) and "most
 * commented" (published comments, among the latest 200 articles) lists, recomputed at
 * most once a minute per node.
 */
@Service
public class Popular implements MeterBinder {

	static final int SIZE = 5;

	private final ReadThroughCache<String, List<ArticleSummary>> lists;

	Popular(ArticleViews views, CommentThreads threads, ArticleCatalog catalog) {
		this.lists = ReadThroughCache.of(Caffeine.newBuilder().recordStats().expireAfterWrite(Duration.ofMinutes(1)),
				name -> catalog.summaries("read".equals(name) ? views.mostRead(2, SIZE) : threads.mostCommented(
						catalog.latest(PageRequest.of(1, 200)).items().stream().map(ArticleSummary::id).toList(),
						SIZE)));
	}

	public List<ArticleSummary> mostRead() {
		return lists.get("read");
	}

	public List<ArticleSummary> mostCommented() {
		return lists.get("commented");
	}

	/** Changes when either list does: part of the home page's cache key. */
	public String version() {
		return Integer.toHexString(31 * ids(mostRead()).hashCode() + ids(mostCommented()).hashCode());
	}

	/** Forgets the lists (tests, or after a bulk import). */
	public void refresh() {
		lists.invalidateAll();
	}

	private static List<Long> ids(List<ArticleSummary> list) {
		return list.stream().map(ArticleSummary::id).toList();
	}

	/** Its cache's hits and misses ({@code cache.gets}, README "Metrics"). */
	@Override
	public void bindTo(MeterRegistry meters) {
		CaffeineCacheMetrics.monitor(meters, lists.async(), "feed.popular");
	}

}
