package app.khabar.shared;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * A node-local cache that loads a missing value in the reader's own thread (so in its
 * transaction, if it has one) <em>outside</em> any lock, while every other reader of that
 * key waits for the same load by parking on its future.
 * <p>
 * Why not Caffeine's {@code LoadingCache} or {@code Cache.get(key, loader)}: they run the
 * loader inside {@code ConcurrentHashMap.compute}, holding the monitor of the key's hash
 * bin for the whole load (a query, a render), and every miss enters that monitor. Under
 * load every reader of that key, and of any key in the same bin, then blocks on it; with
 * virtual threads on JDK 25.0.3 such waiters were seen left {@code BLOCKED} for seconds
 * after the monitor was free (JDK-8373120, fixed in 25.0.4; bench/RESULTS.md "Uncached
 * article page tail"). Here a hit reads without a lock; the readers that miss one key
 * take turns on a {@link ReentrantLock} (a waiting virtual thread parks, it does not
 * block on a monitor) only to find or put the load's future, so at most one thread per
 * lock stripe reaches the map's monitors; the load runs after, and its other readers park
 * on its future.
 * <p>
 * Invalidation stays exact: {@link #invalidate} drops a load in flight too, so its value
 * (which may predate the change) is given only to readers that came before the
 * invalidation and is never kept; the next reader loads again.
 */
public final class ReadThroughCache<K, V> {

	/** Misses of keys of one stripe take turns to put their load's future in. */
	private static final int STRIPES = 64;

	private final AsyncCache<K, V> cache;

	private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

	private final @Nullable Function<? super K, ? extends V> loader;

	private ReadThroughCache(AsyncCache<K, V> cache, @Nullable Function<? super K, ? extends V> loader) {
		this.cache = cache;
		this.loader = loader;
		for (int i = 0; i < STRIPES; i++) {
			this.locks[i] = new ReentrantLock();
		}
	}

	/**
	 * A cache built by {@code builder} (size, expiry, stats) whose misses {@code loader}
	 * fills (never with {@code null}).
	 */
	public static <K, V> ReadThroughCache<K, V> of(Caffeine<Object, Object> builder,
			Function<? super K, ? extends V> loader) {
		return new ReadThroughCache<>(builder.buildAsync(), loader);
	}

	/** A cache whose every {@link #get(Object, Function)} says how to load. */
	public static <K, V> ReadThroughCache<K, V> of(Caffeine<? super K, ? super V> builder) {
		return new ReadThroughCache<K, V>(builder.buildAsync(), null);
	}

	/** The value of {@code key}, loaded by the cache's loader if it is not kept. */
	public V get(K key) {
		if (loader == null) {
			throw new IllegalStateException("this cache has no loader of its own: call get(key, loader)");
		}
		return get(key, loader);
	}

	/**
	 * The value of {@code key}; if it is not kept and no other reader is loading it,
	 * {@code loader} loads it in this thread.
	 */
	public V get(K key, Function<? super K, ? extends V> loader) {
		// a kept value, or a load in flight: read without a lock
		CompletableFuture<V> future = cache.getIfPresent(key);
		if (future == null) {
			CompletableFuture<V> mine = new CompletableFuture<>();
			ReentrantLock lock = locks[(key.hashCode() ^ (key.hashCode() >>> 16)) & (STRIPES - 1)];
			lock.lock();
			try {
				future = cache.asMap().get(key);
				if (future == null) {
					cache.put(key, mine);
					future = mine;
				}
			}
			finally {
				lock.unlock();
			}
			if (future == mine) {
				try {
					mine.complete(loader.apply(key));
				}
				catch (RuntimeException | Error ex) {
					mine.completeExceptionally(ex);
					throw ex;
				}
			}
		}
		return join(future);
	}

	/**
	 * The value of {@code key} if it is kept and loaded, else {@code null}; loads nothing
	 * and waits for nothing, and is neither a hit nor a miss of the cache's statistics.
	 */
	public @Nullable V peek(K key) {
		CompletableFuture<V> future = cache.asMap().get(key);
		return future != null && future.isDone() && !future.isCompletedExceptionally() ? future.getNow(null) : null;
	}

	private static <V> V join(CompletableFuture<V> future) {
		try {
			return future.join();
		}
		catch (CompletionException ex) {
			// the loading reader's own exception, as a LoadingCache would throw it
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			if (ex.getCause() instanceof Error cause) {
				throw cause;
			}
			throw ex;
		}
	}

	public void invalidate(K key) {
		cache.synchronous().invalidate(key);
	}

	public void invalidateAll(Iterable<? extends K> keys) {
		cache.synchronous().invalidateAll(keys);
	}

	public void invalidateAll() {
		cache.synchronous().invalidateAll();
	}

	/** Drops every key that {@code filter} accepts. */
	public void invalidateIf(Predicate<? super K> filter) {
		cache.asMap().keySet().removeIf(filter);
	}

	/** The cache itself, e.g. for its meters ({@code CaffeineCacheMetrics.monitor}). */
	public AsyncCache<K, V> async() {
		return cache;
	}

}
