package app.khabar.search;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import app.khabar.article.Article;
import app.khabar.article.ArticleCatalog;
import app.khabar.cluster.Change;
import app.khabar.cluster.ChangeFeed;
import app.khabar.cluster.ChangesCommitted;
import app.khabar.cluster.ChangesMissed;
import app.khabar.cluster.FeedCursor;
import app.khabar.cluster.FeedFollower;
import app.khabar.shared.PageRequest;
import app.khabar.shared.ProgressBar;
import app.khabar.shared.BackgroundThreads;
import app.khabar.shared.StartupPhases;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Keeps this node's {@link ArticleIndex} in step with the database by following the
 * cluster's change feed from the position stored in the index: at once when the cluster's
 * feed follower brings an article change ({@link ChangesCommitted}, which it reads the
 * moment a change commits on this node, or is announced from another), and on a timer as
 * a safety net ({@code khabar.search.poll-interval}). Applying a change is idempotent:
 * the article is read as it is now and indexed if public, removed if not; so replaying
 * changes after a crash or a rebuild does no harm. A node whose index is new (first
 * start, deleted folder), of an older format, or behind the pruned feed (the node was
 * away longer than the feed keeps) builds it from the database first, before the web
 * server opens its port.
 * <p>
 * {@code khabar.search.index.lag} is how many changes of the feed this node has read that
 * the index has not applied yet (README "Metrics").
 */
@Component
class IndexFollower implements SmartLifecycle, FeedFollower, MeterBinder {

	static final int BATCH = 500;

	private static final Logger log = LoggerFactory.getLogger(IndexFollower.class);

	private final ArticleIndex index;

	private final ChangeFeed feed;

	private final ArticleCatalog catalog;

	private final SearchSettings settings;

	private final Clock clock;

	private final Semaphore nudges = new Semaphore(0);

	private volatile FeedCursor cursor;

	private volatile boolean running;

	private volatile boolean rebuildNeeded;

	private volatile @Nullable Thread worker;

	IndexFollower(ArticleIndex index, ChangeFeed feed, ArticleCatalog catalog, SearchSettings settings, Clock clock) {
		this.index = index;
		this.feed = feed;
		this.catalog = catalog;
		this.settings = settings;
		this.clock = clock;
		this.cursor = new FeedCursor(index.position(), settings.settle());
	}

	/**
	 * Applies every change in the feed that the index lacks; returns when it has seen
	 * them all.
	 */
	synchronized void catchUp() {
		while (feed.next(cursor, BATCH, this::apply)) {
			index.commit(cursor.position());
		}
		if (cursor.position() != index.position()) {
			index.commit(cursor.position());
		}
	}

	/**
	 * Builds the index anew from the database's published articles, then follows the feed
	 * from a position taken before the build started (changes made meanwhile are
	 * replayed). Searches see the old index until it is done.
	 * @return the number of articles indexed
	 */
	synchronized long rebuild(ProgressBar progress) {
		long position = feed.positionBefore(clock.instant().minus(settings.settle()));
		long total = catalog.latest(PageRequest.of(1, 1)).total();
		progress.start(total);
		index.clear();
		long count = 0;
		long after = 0;
		for (List<Article> page; !(page = catalog.after(after, BATCH)).isEmpty();) {
			List<IndexedArticle> published = page.stream()
				.filter(article -> article.status().isPublic())
				.map(IndexedArticle::of)
				.toList();
			index.update(published, List.of());
			count += published.size();
			after = page.getLast().id();
			progress.advance(published.size());
		}
		index.merge();
		index.commit(position);
		cursor = new FeedCursor(position, settings.settle());
		progress.finish();
		catchUp();
		return count;
	}

	private void apply(List<Change> changes) {
		Set<Long> ids = new LinkedHashSet<>();
		for (Change change : changes) {
			ArticleCatalog.changedArticle(change).ifPresent(ids::add);
		}
		if (ids.isEmpty()) {
			return;
		}
		List<IndexedArticle> upserts = new ArrayList<>();
		Set<Long> removals = new LinkedHashSet<>(ids);
		for (Article article : catalog.findCurrent(ids)) {
			if (article.status().isPublic()) {
				upserts.add(IndexedArticle.of(article));
				removals.remove(article.id());
			}
		}
		index.update(upserts, removals);
	}

	/**
	 * Articles changed on some node, this one included (its feed follower reads the feed
	 * as soon as a change commits here): the feed has them now.
	 */
	@EventListener
	void on(ChangesCommitted event) {
		if (!ArticleCatalog.changedArticles(event).isEmpty()) {
			nudge();
		}
	}

	/** This node was away so long that the feed lost changes the index lacks. */
	@EventListener
	void on(ChangesMissed event) {
		rebuildNeeded = true;
		nudge();
	}

	void nudge() {
		nudges.release();
	}

	@Override
	public void bindTo(MeterRegistry meters) {
		Gauge.builder("khabar.search.index.lag", this, IndexFollower::lag)
			.description("Changes this node has read from the feed that its search index lacks")
			.register(meters);
	}

	/** The feed's newest change this node has read, less the index's position. */
	long lag() {
		return Math.max(0, feed.newestSeen() - cursor.position());
	}

	/**
	 * Where the index is; a stopped follower holds no feed rows back (it checks the
	 * pruned floor when it starts).
	 */
	@Override
	public long position() {
		return running ? cursor.position() : Long.MAX_VALUE;
	}

	/**
	 * Makes the index ready to serve: built if new, of an older format or behind the
	 * pruned feed rows (this node was away too long), else caught up.
	 */
	private void prepare() {
		if (index.isNew()) {
			rebuildQuietly();
		}
		else if (index.format() < ArticleIndex.FORMAT) {
			log.info("Search index of format {} (this Khabar writes format {}): rebuilding it from the database,"
					+ " searches use the old one meanwhile", index.format(), ArticleIndex.FORMAT);
			rebuildQuietly();
		}
		else if (behindFeed()) {
			log.info("Search index at change {} is behind the pruned change feed: rebuilding it from the database",
					index.position());
			rebuildQuietly();
		}
	}

	private boolean behindFeed() {
		try {
			return index.position() < feed.prunedThrough();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private void follow() {
		while (running) {
			try {
				if (rebuildNeeded) {
					rebuildNeeded = false;
					rebuildQuietly();
				}
				catchUp();
			}
			catch (RuntimeException ex) {
				// the database or the disk failed: the position did not move, the next
				// round retries
				log.warn("Search index could not follow the change feed: {}", ex.toString());
			}
			try {
				// no interrupts: an interrupted thread would close Lucene's file channels
				// under the writer
				nudges.tryAcquire(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
				nudges.drainPermits();
			}
			catch (InterruptedException ex) {
				return;
			}
		}
	}

	private void rebuildQuietly() {
		try {
			long count = rebuild(ProgressBar.silent());
			log.info("Search index built from the database: {} articles", count);
		}
		catch (RuntimeException ex) {
			log.warn("Search index could not be built from the database: {}", ex.toString());
		}
	}

	@Override
	public void start() {
		if (!settings.follow()) {
			return;
		}
		running = true;
		// before the web server opens its port: the first search finds the content
		prepare();
		try {
			catchUp();
		}
		catch (RuntimeException ex) {
			log.warn("Search index could not follow the change feed: {}", ex.toString());
		}
		worker = Thread.ofPlatform().daemon().name("search-index-follower").start(this::follow);
	}

	@Override
	public void stop() {
		running = false;
		Thread stopping = worker;
		worker = null;
		nudge();
		BackgroundThreads.join(stopping, Duration.ofSeconds(10));
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Beside the other projections, before the web server opens its port. */
	@Override
	public int getPhase() {
		return StartupPhases.PROJECTIONS;
	}

}
