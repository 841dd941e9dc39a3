package app.khabar.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * {@link ReadThroughCache}: one load per missing key, in the reader's own thread; other
 * readers of that key wait for it parked (a virtual thread unmounts), not blocked on the
 * cache's lock; an invalidation drops a load in flight, so a value that may predate the
 * change is never kept.
 */
class ReadThroughCacheTests {

	final AtomicInteger loads = new AtomicInteger();

	@Test
	void aKeyIsLoadedOnceThenServedFromTheCache() {
		var cache = ReadThroughCache.<Long, String>of(Caffeine.newBuilder(),
				key -> "article " + loads.incrementAndGet());

		assertThat(cache.get(7L)).isEqualTo("article 1");
		assertThat(cache.get(7L)).isEqualTo("article 1");
		assertThat(cache.get(8L)).isEqualTo("article 2");
		assertThat(loads).hasValue(2);
	}

	@Test
	void readersOfAKeyBeingLoadedWaitParkedForThatOneLoadInTheLoadersThread() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		var loadedBy = new CompletableFuture<Thread>();
		var cache = ReadThroughCache.<Long, String>of(Caffeine.newBuilder(), key -> {
			loadedBy.complete(Thread.currentThread());
			loads.incrementAndGet();
			hold(release);
			return "thread";
		});
		Thread first = Thread.ofVirtual().unstarted(() -> cache.get(1L));
		var second = new CompletableFuture<String>();
		Thread waiter = Thread.ofVirtual().unstarted(() -> second.complete(cache.get(1L)));
		first.start();
		assertThat(loadedBy.get()).as("the reader's own thread").isSameAs(first);
		waiter.start();

		// parked on the load's future: WAITING, never BLOCKED on a monitor
		await().atMost(Duration.ofSeconds(30)).until(() -> waiter.getState() == Thread.State.WAITING);
		release.countDown();

		assertThat(second.get()).isEqualTo("thread");
		first.join();
		assertThat(loads).as("one load for both").hasValue(1);
	}

	@Test
	void anInvalidationDropsALoadInFlightSoItsOlderValueIsNotKept() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		AtomicInteger version = new AtomicInteger(1);
		var loading = new CountDownLatch(1);
		Function<Long, String> loader = key -> {
			String read = "version " + version.get();
			if (loads.incrementAndGet() == 1) {
				loading.countDown();
				hold(release);
			}
			return read;
		};
		var cache = ReadThroughCache.<Long, String>of(Caffeine.newBuilder(), loader);
		var early = CompletableFuture.supplyAsync(() -> cache.get(1L), runnable -> Thread.ofVirtual().start(runnable));
		loading.await();

		// the change commits while the first load still runs, then is evicted
		version.set(2);
		cache.invalidate(1L);
		assertThat(cache.get(1L)).as("the next reader loads again").isEqualTo("version 2");

		release.countDown();
		assertThat(early.get()).as("the reader that came before the change").isEqualTo("version 1");
		assertThat(cache.get(1L)).isEqualTo("version 2");
		assertThat(loads).hasValue(2);
	}

	@Test
	void aFailedLoadThrowsItsOwnExceptionToEveryReaderAndIsNotKept() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		var loading = new CountDownLatch(1);
		var cache = ReadThroughCache.<Long, String>of(Caffeine.newBuilder(), key -> {
			if (loads.incrementAndGet() == 1) {
				loading.countDown();
				hold(release);
				throw new IllegalStateException("the database is away");
			}
			return "back";
		});
		var first = CompletableFuture.supplyAsync(() -> cache.get(1L), runnable -> Thread.ofVirtual().start(runnable));
		loading.await();
		var waiter = new CompletableFuture<Throwable>();
		Thread thread = Thread.ofVirtual().start(() -> {
			try {
				cache.get(1L);
				waiter.complete(null);
			}
			catch (Throwable ex) {
				waiter.complete(ex);
			}
		});
		await().atMost(Duration.ofSeconds(30)).until(() -> thread.getState() == Thread.State.WAITING);
		release.countDown();

		assertThat(waiter.get()).isInstanceOf(IllegalStateException.class).hasMessage("the database is away");
		assertThatExceptionOfType(Exception.class).isThrownBy(first::join)
			.havingCause()
			.isInstanceOf(IllegalStateException.class);
		assertThat(cache.get(1L)).isEqualTo("back");
	}

	@Test
	void aCacheWithoutALoaderIsToldHowToLoadOnEachRead() {
		var cache = ReadThroughCache.<String, Integer>of(Caffeine.newBuilder().maximumSize(10));

		assertThat(cache.peek("a")).as("nothing loaded").isNull();
		assertThat(cache.get("a", String::length)).isEqualTo(1);
		assertThat(cache.get("a", key -> 99)).as("kept").isEqualTo(1);
		assertThat(cache.peek("a")).isEqualTo(1);
		cache.invalidateIf(key -> key.equals("a"));
		assertThat(cache.get("a", key -> 99)).isEqualTo(99);
	}

	private static void hold(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
