package app.khabar.web;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * A node-local fixed-window counter per key (Caffeine): the window starts with a key's
 * first request and ends {@code window} later. Cheap enough for every request; across
 * nodes the limit multiplies by the node count, which is why the screening's flood phase
 * (over the database) stays the cluster-wide wall. Every guest action (comments, votes,
 * reports) is bounded with one.
 */
public final class RateLimiter {

	private final int limit;

	private final Cache<String, AtomicInteger> windows;

	public RateLimiter(int limit, Duration window) {
		if (limit < 1) {
			throw new IllegalArgumentException("a rate limit must be at least 1");
		}
		this.limit = limit;
		// counting does not write the entry, so it expires a whole window after the key's
		// first request
		this.windows = Caffeine.newBuilder().maximumSize(200_000).expireAfterWrite(window).build();
	}

	/**
	 * Counts a request for {@code key}; false when the key already used up its window.
	 */
	public boolean tryAcquire(String key) {
		return windows.get(key, k -> new AtomicInteger()).incrementAndGet() <= limit;
	}

}
