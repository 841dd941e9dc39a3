package app.khabar.live;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import com.github.benmanes.caffeine.cache.Caffeine;

import app.khabar.article.ArticlePageKey;
import app.khabar.cluster.ChangeFeed;
import app.khabar.cluster.ChangesCommitted;
import app.khabar.cluster.ChangesMissed;
import app.khabar.shared.AfterCommit;
import app.khabar.shared.ReadThroughCache;
import app.khabar.web.PagesChanged;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

/**
 * Reads live pages' streams for readers. A stream is kept in memory on each node, so the
 * crowd's page views and update checks cost no query; a change on this node drops it
 * after the commit and puts a row in the change feed (same transaction), so every other
 * node drops it too, and the article page's cached bytes with it.
 */
@Service
public class LiveStreams implements MeterBinder {

	/** The feed topic of live coverage; the entity is the article. */
	static final String TOPIC = "live";

	private static final String UPDATES_PREFIX = "live:";

	private final LiveEntries entries;

	private final ApplicationEventPublisher events;

	private final ChangeFeed feed;

	/** Moves with every change of any stream this node hears of (sitemaps key on it). */
	private final java.util.concurrent.atomic.AtomicLong changes = new java.util.concurrent.atomic.AtomicLong();

	// other nodes' changes evict through the change feed; the expiry is a backstop
	private final ReadThroughCache<Long, Optional<LiveCoverage>> streams;

	LiveStreams(LiveEntries entries, ApplicationEventPublisher events, ChangeFeed feed) {
		this.entries = entries;
		this.events = events;
		this.feed = feed;
		this.streams = ReadThroughCache.of(
				Caffeine.newBuilder().recordStats().maximumSize(1_000).expireAfterWrite(Duration.ofSeconds(60)),
				this::load);
	}

	/** The stream of a live page; empty when its coverage was never started. */
	public Optional<LiveCoverage> of(long articleId) {
		return streams.get(articleId);
	}

	/** The live pages still being covered, newest first (for the newsroom's desk). */
	public List<Long> live(int limit) {
		return entries.live(limit);
	}

	/**
	 * The cache key of a live page's update check for a reader who has {@code afterId}:
	 * dropped with every change of the page.
	 */
	public static String updatesKey(long articleId, long afterId) {
		return UPDATES_PREFIX + articleId + ":" + afterId;
	}

	/**
	 * A version of all streams on this node: moves whenever any of them changes, e.g. for
	 * the sitemaps' last updates.
	 */
	public String changes() {
		return Long.toString(changes.get());
	}

	/**
	 * When each covered article's stream last changed for readers (its newest entry,
	 * correction or end), by article id.
	 */
	public java.util.Map<Long, java.time.Instant> lastUpdates() {
		return entries.lastUpdates();
	}

	private void pagesChanged(long articleId) {
		changes.incrementAndGet();
		events.publishEvent(ArticlePageKey.changed(articleId));
		events.publishEvent(PagesChanged.startingWith(UPDATES_PREFIX + articleId + ":"));
	}

	private Optional<LiveCoverage> load(long articleId) {
		return entries.coverage(articleId)
			.map(row -> new LiveCoverage(row.articleId(), row.startedAt(), row.endedAt(), row.version(),
					entries.entries(articleId)));
	}

	@EventListener
	void on(LiveChanged event) {
		AfterCommit.run(() -> streams.invalidate(event.articleId()));
		pagesChanged(event.articleId());
		feed.append(TOPIC, event.articleId());
	}

	/** Streams changed on any node. */
	@EventListener
	void on(ChangesCommitted event) {
		for (long articleId : event.of(TOPIC)) {
			streams.invalidate(articleId);
			pagesChanged(articleId);
		}
	}

	@EventListener
	void on(ChangesMissed event) {
		streams.invalidateAll();
		changes.incrementAndGet();
		events.publishEvent(ArticlePageKey.everyPageChanged());
		events.publishEvent(PagesChanged.startingWith(UPDATES_PREFIX));
	}

	/** Its cache's hits and misses ({@code cache.gets}, README "Metrics"). */
	@Override
	public void bindTo(MeterRegistry meters) {
		CaffeineCacheMetrics.monitor(meters, streams.async(), "live.streams");
	}

}
