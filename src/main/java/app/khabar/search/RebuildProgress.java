package app.khabar.search;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A progress bar for an index rebuild: redrawn in place on a terminal (at most ten times a second), a line every
 * tenth of the way elsewhere.
 */
class RebuildProgress {

	static final RebuildProgress NONE = new RebuildProgress(new PrintStream(PrintStream.nullOutputStream()), false);

	private static final int WIDTH = 30;

	private final PrintStream out;

	private final boolean terminal;

	private long total;

	private long done;

	private long startedAt;

	private long drawnAt;

	private long drawnTenth = -1;

	RebuildProgress(PrintStream out, boolean terminal) {
		this.out = out;
		this.terminal = terminal;
	}

	void start(long total) {
		this.total = Math.max(total, 0);
		this.startedAt = System.nanoTime();
	}

	void advance(long steps) {
		done += steps;
		long now = System.nanoTime();
		if (terminal && now - drawnAt >= 100_000_000L) {
			out.print("\r" + line(now));
			out.flush();
			drawnAt = now;
		}
		else if (!terminal && tenth() > drawnTenth) {
			out.println(line(now));
			drawnTenth = tenth();
		}
	}

	void finish() {
		if (terminal) {
			out.println("\r" + line(System.nanoTime()));
		}
		else if (drawnTenth < 10) {
			out.println(line(System.nanoTime()));
		}
	}

	private long tenth() {
		return total == 0 ? 10 : Math.min(10, done * 10 / total);
	}

	String line(long now) {
		double seconds = Math.max((now - startedAt) / 1e9, 1e-3);
		double fraction = total == 0 ? 1 : Math.min(1, (double) done / total);
		int filled = (int) Math.round(fraction * WIDTH);
		return String.format(Locale.ROOT, "[%s%s] %d/%d %5.1f%% %8.1f articles/s", "#".repeat(filled),
				"-".repeat(WIDTH - filled), done, total, fraction * 100, done / seconds);
	}

}
