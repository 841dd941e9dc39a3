package app.khabar.shared;

import java.time.Duration;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Failures because the database is unavailable (see {@link DatabaseUnavailable}): an
 * outage makes every request and every scheduled run fail the same way, so it is logged
 * once per episode, not once per failure. The first failure of an episode writes one line
 * with the cause (no stack trace: it is the driver's or the pool's, and says nothing
 * new); while it lasts, one line per {@link #INTERVAL} with the count. An episode ends
 * after {@link #QUIET} without a failure.
 */
public final class DatabaseOutageLog {

	static final Duration INTERVAL = Duration.ofMinutes(1);

	static final Duration QUIET = Duration.ofSeconds(10);

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutageLog.class);

	private final String doing;

	private final String counted;

	private final LongSupplier nanoTime;

	private boolean inEpisode;

	private long lastFailure;

	private long nextLine;

	private long sinceLine;

	/**
	 * @param doing what the node does meanwhile, for the first line ("answering 503")
	 * @param counted what is counted, for the later ones ("requests answered 503")
	 */
	public DatabaseOutageLog(String doing, String counted) {
		this(doing, counted, System::nanoTime);
	}

	DatabaseOutageLog(String doing, String counted, LongSupplier nanoTime) {
		this.doing = doing;
		this.counted = counted;
		this.nanoTime = nanoTime;
	}

	public synchronized void failed(Throwable failure) {
		long now = nanoTime.getAsLong();
		boolean newEpisode = !inEpisode || now - lastFailure >= QUIET.toNanos();
		inEpisode = true;
		lastFailure = now;
		if (newEpisode) {
			sinceLine = 1;
			nextLine = now + INTERVAL.toNanos();
			log.warn("Database unavailable: {} until it is back ({})", doing, rootCause(failure));
			return;
		}
		sinceLine++;
		if (now - nextLine >= 0) {
			log.warn("Database still unavailable: {} {} since the last line, {} s ago", sinceLine, counted,
					INTERVAL.toSeconds());
			sinceLine = 0;
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
