package app.khabar.web;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Malformed requests (bad %-escapes, invalid UTF-8, ids that are no numbers, requests
 * Tomcat refuses) are answered with a 400 and counted here: at most one short line per
 * {@link #INTERVAL} says how many there were, so a fuzzer's thousands per second cannot
 * flood the log. No stack trace, nothing of the request but its method and the start of
 * its path, printable ASCII only.
 */
final class MalformedRequestLog {

	static final Duration INTERVAL = Duration.ofMinutes(1);

	private static final Logger log = LoggerFactory.getLogger(MalformedRequestLog.class);

	private static final int SHOWN = 60;

	private final LongSupplier nanoTime;

	private final AtomicLong refused = new AtomicLong();

	private final AtomicLong nextLine;

	MalformedRequestLog() {
		this(System::nanoTime);
	}

	MalformedRequestLog(LongSupplier nanoTime) {
		this.nanoTime = nanoTime;
		this.nextLine = new AtomicLong(nanoTime.getAsLong());
	}

	void refused(HttpServletRequest request) {
		refused.incrementAndGet();
		long now = nanoTime.getAsLong();
		long next = nextLine.get();
		if (now - next >= 0 && nextLine.compareAndSet(next, now + INTERVAL.toNanos())) {
			log.warn("Refused {} malformed request(s) with 400 in the last {}s, the latest: {} {}",
					refused.getAndSet(0), INTERVAL.toSeconds(), shown(request.getMethod()),
					shown(originalPath(request)));
		}
	}

	/** On the forward to {@code /error}, the path that was asked for. */
	private static @Nullable String originalPath(HttpServletRequest request) {
		return request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String original ? original
				: request.getRequestURI();
	}

	private static String shown(@Nullable String text) {
		if (text == null) {
			return "-";
		}
		var shown = new StringBuilder();
		for (int i = 0; i < text.length() && shown.length() < SHOWN; i++) {
			char c = text.charAt(i);
			shown.append(c >= 0x21 && c < 0x7F ? c : '?');
		}
		return text.length() > SHOWN ? shown + "…" : shown.toString();
	}

}
