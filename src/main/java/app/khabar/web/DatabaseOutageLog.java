package app.khabar.web;

import java.time.Duration;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Requests answered 503 because the database is unavailable (see
 * {@link app.khabar.shared.DatabaseUnavailable}): an outage makes every request fail the
 * same way, so it is logged once per episode, not once per request. The first refusal of
 * an episode writes one line with the cause (no stack trace: it is the driver's or the
 * pool's, and says nothing new); while it lasts, one line per {@link #INTERVAL} with the
 * count. An episode ends after {@link #QUIET} without a refusal.
 */
final class DatabaseOutageLog {

	static final Duration INTERVAL = Duration.ofMinutes(1);

	static final Duration QUIET = Duration.ofSeconds(10);

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutageLog.class);

	private final LongSupplier nanoTime;

	private boolean inEpisode;

	private long lastRefusal;

	private long nextLine;

	private long refusedSinceLine;

	DatabaseOutageLog() {
		this(System::nanoTime);
	}

	DatabaseOutageLog(LongSupplier nanoTime) {
		this.nanoTime = nanoTime;
	}

	synchronized void refused(Throwable failure) {
		long now = nanoTime.getAsLong();
		boolean newEpisode = !inEpisode || now - lastRefusal >= QUIET.toNanos();
		inEpisode = true;
		lastRefusal = now;
		if (newEpisode) {
			refusedSinceLine = 1;
			nextLine = now + INTERVAL.toNanos();
			log.warn("Database unavailable: answering 503 until it is back ({})", rootCause(failure));
			return;
		}
		refusedSinceLine++;
		if (now - nextLine >= 0) {
			log.warn("Database still unavailable: {} request(s) answered 503 since the last line, {} s ago",
					refusedSinceLine, INTERVAL.toSeconds());
			refusedSinceLine = 0;
			nextLine = now + INTERVAL.toNanos();
		}
	}

	private static String rootCause(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root == failure ? failure.toString() : failure.getClass().getSimpleName() + " <- " + root;
	}

}
