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
 * The desk's small dashboard: comments received per hour over the last day, how old the
 * queue is, and what the screening model did over the last {@value #MODEL_DAYS} days,
 * counted exactly from the decision log.
 */
@Service
public class ModerationDashboard {

	/** The days the model's figures cover. */
	public static final int MODEL_DAYS = 30;

	private final ReviewItems items;

	private final Clock clock;

	ModerationDashboard(ReviewItems items, Clock clock) {
		this.items = items;
		this.clock = clock;
	}

	/**
	 * What the screening model did with the comments received over the last
	 * {@value #MODEL_DAYS} days, and how often moderators overruled it. An overrule is a
	 * moderator's last decision against the model's: publishing a comment it held or
	 * refused, or refusing one it passed as an insult or unlawful (refusing it as spam or
	 * off-topic is no verdict on the model, which scores offence).
	 *
	 * @param held held for a moderator as likely offensive
	 * @param refused refused as likely offensive (the reject threshold, off by default)
	 * @param passed scored and let through to the other phases (published, or held by a
	 * rule or pre-moderation); not those a banned word or commenter refused first
	 * @param reviewed of all three, the comments a moderator decided since
	 * @param overruled of those, decided against the model
	 */
	public record ModelFigures(long held, long refused, long passed, long reviewed, long overruled) {

		/** Overruled per hundred reviewed, rounded; null before any review. */
		public @Nullable Long overrulePercent() {
			return reviewed == 0 ? null : Math.round(100.0 * overruled / reviewed);
		}

		public boolean isEmpty() {
			return held + refused + passed == 0;
		}

	}

	/**
	 * @param hours the last 24 whole hours and the current one, oldest first
	 * @param pending comments awaiting review
	 * @param oldestPendingAge how long the oldest pending comment has waited; null with
	 * an empty queue
	 * @param medianPendingAge how long the median pending comment has waited; null with
	 * an empty queue
	 * @param model what the screening model did over the last {@value #MODEL_DAYS} days
	 */
	public record Snapshot(List<Hour> hours, long pending, @Nullable Duration oldestPendingAge,
			@Nullable Duration medianPendingAge, Instant at, ModelFigures model) {

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
		return new Snapshot(hours, pending, oldest, median, now, model(now.minus(Duration.ofDays(MODEL_DAYS))));
	}

	private ModelFigures model(Instant since) {
		long held = 0;
		long refused = 0;
		long passed = 0;
		long reviewed = 0;
		long overruled = 0;
		for (ReviewItems.ModelOutcome outcome : items.modelOutcomes(since)) {
			boolean modelPassed = outcome.model().equals("PASSED");
			switch (outcome.model()) {
				case "HELD" -> held += outcome.comments();
				case "REFUSED" -> refused += outcome.comments();
				default -> passed += outcome.comments();
			}
			if (outcome.decided() == null) {
				continue;
			}
			reviewed += outcome.comments();
			boolean against = modelPassed
					? outcome.decided() == CommentStatus.REJECTED && outcome.decidedReason() != null
							&& ScreeningModels.OFFENSIVE_REASONS.contains(outcome.decidedReason())
					: outcome.decided() == CommentStatus.PUBLISHED;
			if (against) {
				overruled += outcome.comments();
			}
		}
		return new ModelFigures(held, refused, passed, reviewed, overruled);
	}

}
