package app.khabar.moderation.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import app.khabar.moderation.ModerationDashboard;
import app.khabar.persian.JalaliDates;

/**
 * The dashboard: comments per hour as bars of an inline SVG chart drawn on the server,
 * and the queue's age.
 */
public record DashboardView(ModerationDashboard.Snapshot snapshot, List<Bar> bars) {

	public static final int WIDTH = 750;

	public static final int HEIGHT = 200;

	private static final int BAR = 30;

	/** One bar: its box in the chart, the count, and the hour it covers in Iran time. */
	public record Bar(int x, int y, int width, int height, int comments, String hour) {
	}

	public DashboardView {
		bars = List.copyOf(bars);
	}

	static DashboardView of(ModerationDashboard.Snapshot snapshot) {
		int max = Math.max(1, snapshot.busiestHour());
		List<Bar> bars = new ArrayList<>();
		int i = 0;
		for (ModerationDashboard.Hour hour : snapshot.hours()) {
			int height = (int) Math.round((double) hour.comments() * (HEIGHT - 20) / max);
			// right to left: the oldest hour at the right edge, as Persian readers read
			// time
			int x = WIDTH - (i + 1) * BAR;
			bars.add(new Bar(x + 2, HEIGHT - height, BAR - 4, height, hour.comments(),
					JalaliDates.format(hour.start())));
			i++;
		}
		return new DashboardView(snapshot, bars);
	}

	public @Nullable Long oldestMinutes() {
		return minutes(snapshot.oldestPendingAge());
	}

	public @Nullable Long medianMinutes() {
		return minutes(snapshot.medianPendingAge());
	}

	private static @Nullable Long minutes(@Nullable Duration age) {
		return age == null ? null : age.toMinutes();
	}

	public String viewBox() {
		return "0 0 " + WIDTH + " " + HEIGHT;
	}

}
