package app.khabar.moderation.web;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import app.khabar.moderation.ModerationDashboard;
import app.khabar.persian.JalaliDates;
import app.khabar.persian.PersianDigits;

/**
 * The dashboard: comments per hour as bars of an inline SVG chart drawn on the server,
 * with its axes (counts on the start side, hours of the day in Iran time below), and the
 * queue's age.
 */
public record DashboardView(ModerationDashboard.Snapshot snapshot, List<Bar> bars, List<Tick> counts,
		List<Tick> hours) {

	public static final int WIDTH = 780;

	public static final int HEIGHT = 250;

	/** The plot's box: bars stand on {@link #BASE}, the count labels sit right of it. */
	public static final int PLOT_START = 730;

	public static final int TOP = 15;

	public static final int BASE = 205;

	/** 25 hours (the last 24 and the current one) fit between the plot's edges. */
	private static final int BAR = 28;

	private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

	private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

	/** One bar: its box in the chart, the count, and the hour it covers in Iran time. */
	public record Bar(int x, int y, int width, int height, int comments, String hour) {
	}

	/** One labelled point of an axis: where, and its label (Persian digits). */
	public record Tick(int at, String label) {
	}

	public DashboardView {
		bars = List.copyOf(bars);
		counts = List.copyOf(counts);
		hours = List.copyOf(hours);
	}

	static DashboardView of(ModerationDashboard.Snapshot snapshot) {
		int max = Math.max(1, snapshot.busiestHour());
		int plot = BASE - TOP;
		List<Bar> bars = new ArrayList<>();
		List<Tick> hours = new ArrayList<>();
		int i = 0;
		for (ModerationDashboard.Hour hour : snapshot.hours()) {
			int height = (int) Math.round((double) hour.comments() * plot / max);
			// right to left: the oldest hour at the start (right) edge, as Persian
			// readers
			// read time
			int x = PLOT_START - (i + 1) * BAR;
			bars.add(new Bar(x + 2, BASE - height, BAR - 4, height, hour.comments(), JalaliDates.format(hour.start())));
			if (i % 3 == 0) {
				hours.add(new Tick(x + BAR / 2, PersianDigits.toPersian(CLOCK.format(hour.start().atZone(TEHRAN)))));
			}
			i++;
		}
		List<Tick> counts = new ArrayList<>();
		for (int count : max >= 2 ? new int[] { 0, max / 2, max } : new int[] { 0, max }) {
			counts.add(new Tick(BASE - (int) Math.round((double) count * plot / max), PersianDigits.format(count)));
		}
		return new DashboardView(snapshot, bars, counts, hours);
	}

	public @Nullable Duration oldestWait() {
		return snapshot.oldestPendingAge();
	}

	public @Nullable Duration medianWait() {
		return snapshot.medianPendingAge();
	}

	/** The plot's end (left) edge: where the newest bar ends. */
	public int plotEnd() {
		return PLOT_START - bars.size() * BAR;
	}

	/** The middle of the plot, for the hours axis' title. */
	public int plotMiddle() {
		return (PLOT_START + plotEnd()) / 2;
	}

	public String viewBox() {
		return "0 0 " + WIDTH + " " + HEIGHT;
	}

}
