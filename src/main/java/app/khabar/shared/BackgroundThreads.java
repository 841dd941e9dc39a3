package app.khabar.shared;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/** Ending the background threads that modules start (feed followers, listeners). */
public final class BackgroundThreads {

	private BackgroundThreads() {
	}

	/**
	 * Waits up to {@code timeout} for {@code thread}, if there is one, to end; an
	 * interrupted caller stops waiting and keeps its interrupt.
	 */
	public static void join(@Nullable Thread thread, Duration timeout) {
		if (thread == null) {
			return;
		}
		try {
			thread.join(timeout);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
