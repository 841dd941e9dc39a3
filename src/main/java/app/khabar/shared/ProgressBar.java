package app.khabar.shared;

import java.io.Console;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * A progress line for long commands (imports, index rebuilds): count/total, percent, rate
 * and time left. On a terminal it redraws one line in place (at most ten times a second);
 * elsewhere (a pipe, a log, {@code mvn spring-boot:run}) it prints a line every tenth of
 * the way or every ten seconds, whichever comes first.
 */
public final class ProgressBar {

	private static final int WIDTH = 30;

	private static final long REDRAW_NANOS = Duration.ofMillis(100).toNanos();

	private static final long LINE_NANOS = Duration.ofSeconds(10).toNanos();

	private final PrintStream out;

	private final boolean terminal;

	private long total;

	private long done;

	private long startedAt;

	private long drawnAt;

	private long drawnTenth = -1;

	private ProgressBar(PrintStream out, boolean terminal) {
		this.out = out;
		this.terminal = terminal;
	}

	/**
	 * A bar for this process' standard output, redrawn in place when that is a terminal.
	 */
	public static ProgressBar on(PrintStream out) {
		Console console = System.console();
		return new ProgressBar(out, console != null && console.isTerminal());
	}

	public static ProgressBar of(PrintStream out, boolean terminal) {
		return new ProgressBar(out, terminal);
	}

	/**
	 * A bar that shows nothing, for tests and callers without a terminal of their own.
	 */
	public static ProgressBar silent() {
		return new ProgressBar(new PrintStream(PrintStream.nullOutputStream()), false);
	}

	public void start(long total) {
		this.total = Math.max(total, 0);
		this.done = 0;
		this.startedAt = System.nanoTime();
		this.drawnAt = 0;
		this.drawnTenth = -1;
	}

	public void advance(long steps) {
		done += steps;
		long now = System.nanoTime();
		if (terminal) {
			if (now - drawnAt >= REDRAW_NANOS || done >= total) {
				out.print("\r" + line(now));
				out.flush();
				drawnAt = now;
			}
		}
		else {
			long tenth = total == 0 ? 10 : done * 10 / total;
			if (tenth > drawnTenth || now - drawnAt >= LINE_NANOS) {
				out.println(line(now));
				drawnTenth = tenth;
				drawnAt = now;
			}
		}
	}

	/** Prints a message on a line of its own without breaking the bar. */
	public void note(String message) {
		if (terminal) {
			out.print("\r" + " ".repeat(WIDTH + 60) + "\r");
			out.println(message);
			out.print(line(System.nanoTime()));
			out.flush();
		}
		else {
			out.println(message);
		}
	}

	public void finish() {
		if (terminal) {
			out.println("\r" + line(System.nanoTime()));
		}
		else if (drawnTenth < 10) {
			out.println(line(System.nanoTime()));
		}
	}

	public String line(long now) {
		double seconds = Math.max((now - startedAt) / 1e9, 1e-3);
		double rate = done / seconds;
		double fraction = total == 0 ? 1 : Math.min(1, (double) done / total);
		int filled = (int) Math.round(fraction * WIDTH);
		String eta = rate <= 0 ? "--:--" : clock(Math.round((total - done) / rate));
		return String.format(Locale.ROOT, "[%s%s] %d/%d %5.1f%% %6.1f/s ETA %s", "#".repeat(filled),
				"-".repeat(WIDTH - filled), done, total, fraction * 100, rate, eta);
	}

	public static String clock(long seconds) {
		long s = Math.max(seconds, 0);
		return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s % 3600 / 60, s % 60)
				: String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
	}

}
