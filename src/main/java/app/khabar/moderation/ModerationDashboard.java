package app.khabar.moderation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.khabar.comment.CommentStatus;

/**
 * The desk's small dashboard: comments received per hour over the last day, and how old
 * the queue is.
 */
@Service
public class ModerationDashboard {

	private final ReviewItems items;

	private final Clock clock;

	ModerationDashboard(ReviewItems items, Clock clock) {
		this.items = items;
		this.clock = clock;
	}

	/**
	 * @param hours the last 24 whole hours and the current one, oldest first
	 * @param pending comments awaiting review
	 * @param oldestPendingAge how long the oldest pending comment has waited; null with
	 * an empty queue
	 * @param medianPendingAge how long the median pending comment has waited; null with
	 * an empty queue
	 */
	public record Snapshot(List<Hour> hours, long pending, @Nullable Duration oldestPendingAge,
			@Nullable Duration medianPendingAge, Instant at) {

		public Snapshot {
			hours = List.copyOf(hours);
		}

		public int busiestHour() {
			return hours.stream().mapToInt(Hour::comments).max().orElse(0);
		}

	}

	/** Comments received in the hour starting at {@code start}. */
	public record Hour(Instant start, int comments) {
	}

	@Transactional(readOnly = true)
	public Snapshot snapshot() {
		Instant now = clock.instant();
		Instant first = now.truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(24));
		int[] counts = new int[25];
		for (Instant created : items.createdSince(first)) {
			int hour = (int) Duration.between(first, created).toHours();
			if (hour >= 0 && hour < counts.length) {
				counts[hour]++;
			}
		}
		List<Hour> hours = new ArrayList<>();
		for (int i = 0; i < counts.length; i++) {
			hours.add(new Hour(first.plus(Duration.ofHours(i)), counts[i]));
		}
		long pending = items.count(new QueueFilter(CommentStatus.PENDING, null, null, null, null, null, 1));
		Duration oldest = pending == 0 ? null : items.pendingAt(0).map(at -> Duration.between(at, now)).orElse(null);
		Duration median = pending == 0 ? null
				: items.pendingAt(pending / 2).map(at -> Duration.between(at, now)).orElse(null);
		return new Snapshot(hours, pending, oldest, median, now);
	}

}
