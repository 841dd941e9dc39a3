package app.khabar.moderation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The queue's depth for the operator (README "Metrics"):
 * {@code khabar.moderation.queue.pending} and {@code khabar.moderation.queue.oldest.age}.
 * Both are read as the dashboard reads them, at most once per {@link #FRESH} however
 * often Prometheus scrapes (every node answers alike: the queue is the database's); with
 * the database away they are NaN.
 */
@Component
class QueueGauges implements MeterBinder {

	static final Duration FRESH = Duration.ofSeconds(5);

	private static final Logger log = LoggerFactory.getLogger(QueueGauges.class);

	private static final Depth UNKNOWN = new Depth(-1, null);

	/** How many comments are pending, and when the oldest of them came in. */
	private record Depth(long pending, @Nullable Instant oldest) {
	}

	private final LoadingCache<Boolean, Depth> depth;

	private final Clock clock;

	QueueGauges(ReviewItems items, Clock clock) {
		this.clock = clock;
		this.depth = Caffeine.newBuilder().expireAfterWrite(FRESH).build(key -> read(items));
	}

	@Override
	public void bindTo(MeterRegistry meters) {
		Gauge.builder("khabar.moderation.queue.pending", this, QueueGauges::pending)
			.description("Comments waiting for a moderator")
			.register(meters);
		Gauge.builder("khabar.moderation.queue.oldest.age", this, QueueGauges::oldestAge)
			.description("How long the oldest pending comment has waited; 0 with an empty queue")
			.baseUnit("seconds")
			.register(meters);
	}

	double pending() {
		long pending = depth.get(true).pending();
		return pending < 0 ? Double.NaN : pending;
	}

	double oldestAge() {
		Depth now = depth.get(true);
		if (now.pending() < 0) {
			return Double.NaN;
		}
		Instant oldest = now.oldest();
		return oldest == null ? 0 : Math.max(0, Duration.between(oldest, clock.instant()).toMillis() / 1000.0);
	}

	private static Depth read(ReviewItems items) {
		try {
			long pending = items.count(QueueFilter.pending());
			return new Depth(pending, pending == 0 ? null : items.pendingAt(0).orElse(null));
		}
		catch (RuntimeException ex) {
			// the database is away: the health check says so, the gauges say NaN
			log.debug("Could not read the queue's depth: {}", ex.toString());
			return UNKNOWN;
		}
	}

}
