package app.khabar.comment;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.github.benmanes.caffeine.cache.Caffeine;

import app.khabar.article.ArticlePageKey;
import app.khabar.cluster.ChangeFeed;
import app.khabar.cluster.ChangesCommitted;
import app.khabar.cluster.ChangesMissed;
import app.khabar.shared.AfterCommit;
import app.khabar.shared.ReadThroughCache;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

/**
 * Reads an article's public comment thread. Threads are kept in a node-local cache that
 * {@link CommentThreadChanged} evicts, on every node through the cluster's change feed,
 * so a hot article page costs no query per request.
 */
@Service
public class CommentThreads implements MeterBinder {

	/**
	 * The feed topic of comment threads and their counters; the entity is the article.
	 */
	static final String TOPIC = "comment-thread";

	private final Comments comments;

	private final CommentCounters counters;

	private final ReadThroughCache<Long, CommentThread> threads;

	private final ApplicationEventPublisher events;

	private final ChangeFeed feed;

	CommentThreads(Comments comments, CommentCounters counters, ApplicationEventPublisher events, ChangeFeed feed) {
		this.comments = comments;
		this.counters = counters;
		this.events = events;
		this.feed = feed;
		// other nodes' changes evict through the change feed; the expiry is a backstop.
		// Loaded outside the cache's lock: readers of an article being loaded wait for
		// that one load without blocking on a monitor (ReadThroughCache)
		this.threads = ReadThroughCache.of(
				Caffeine.newBuilder().recordStats().maximumSize(5_000).expireAfterWrite(Duration.ofSeconds(30)),
				this::load);
	}

	public CommentThread of(long articleId) {
		return threads.get(articleId);
	}

	/**
	 * A published comment of this article, from the cached thread (replies at any depth).
	 */
	public Optional<PublishedComment> published(long articleId, long commentId) {
		return find(of(articleId).comments(), commentId);
	}

	private static Optional<PublishedComment> find(List<PublishedComment> comments, long id) {
		for (PublishedComment comment : comments) {
			if (comment.id() == id) {
				return Optional.of(comment);
			}
			var reply = find(comment.replies(), id);
			if (reply.isPresent()) {
				return reply;
			}
		}
		return Optional.empty();
	}

	public CommentCounts countsOf(long articleId) {
		return of(articleId).counts();
	}

	/**
	 * Of {@code articleIds}, the ones with the most published comments, most first (for
	 * "most commented" lists; the caller bounds the candidates, e.g. to recent articles).
	 */
	public java.util.List<Long> mostCommented(java.util.Collection<Long> articleIds, int limit) {
		return articleIds.isEmpty() ? java.util.List.of() : counters.mostCommented(articleIds, limit);
	}

	@Transactional(readOnly = true)
	CommentThread load(long articleId) {
		CommentCounts counts = counters.find(articleId).orElseGet(() -> CommentCounts.none(articleId));
		return new CommentThread(counts, tree(comments.publishedOf(articleId)));
	}

	/**
	 * Replies go under their parent at any depth; a reply whose parent is not published
	 * is shown at the top level rather than lost.
	 */
	static List<PublishedComment> tree(List<PublishedComment> flat) {
		Map<Long, List<Long>> children = new LinkedHashMap<>();
		Map<Long, PublishedComment> byId = new LinkedHashMap<>();
		for (PublishedComment comment : flat) {
			byId.put(comment.id(), comment);
			children.put(comment.id(), new ArrayList<>());
		}
		List<Long> roots = new ArrayList<>();
		for (PublishedComment comment : flat) {
			Long parent = comment.parentId();
			if (parent != null && byId.containsKey(parent)) {
				children.get(parent).add(comment.id());
			}
			else {
				roots.add(comment.id());
			}
		}
		return roots.stream().map(id -> assemble(id, byId, children)).toList();
	}

	private static PublishedComment assemble(long id, Map<Long, PublishedComment> byId,
			Map<Long, List<Long>> children) {
		PublishedComment c = byId.get(id);
		List<PublishedComment> replies = children.get(id).stream().map(r -> assemble(r, byId, children)).toList();
		return new PublishedComment(c.id(), c.parentId(), c.authorName(), c.text(), c.countryCode(), c.createdAt(),
				c.likes(), c.dislikes(), replies);
	}

	/**
	 * A thread changed on this node: evicted here after the commit, and announced in the
	 * change feed (in the same transaction) for the other nodes.
	 */
	@EventListener
	void on(CommentThreadChanged event) {
		AfterCommit.run(() -> threads.invalidate(event.articleId()));
		events.publishEvent(ArticlePageKey.changed(event.articleId()));
		feed.append(TOPIC, event.articleId());
	}

	/** Threads changed on any node (comments published, moderated, voted on). */
	@EventListener
	void on(ChangesCommitted event) {
		for (long articleId : event.of(TOPIC)) {
			threads.invalidate(articleId);
			events.publishEvent(ArticlePageKey.changed(articleId));
		}
	}

	@EventListener
	void on(ChangesMissed event) {
		threads.invalidateAll();
		events.publishEvent(ArticlePageKey.everyPageChanged());
	}

	/** Its cache's hits and misses ({@code cache.gets}, README "Metrics"). */
	@Override
	public void bindTo(MeterRegistry meters) {
		CaffeineCacheMetrics.monitor(meters, threads.async(), "comment.threads");
	}

}
