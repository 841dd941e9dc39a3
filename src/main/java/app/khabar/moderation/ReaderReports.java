package app.khabar.moderation;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.github.benmanes.caffeine.cache.Caffeine;

import app.khabar.account.StaffMember;
import app.khabar.cluster.ChangeFeed;
import app.khabar.cluster.ChangesCommitted;
import app.khabar.cluster.ChangesMissed;
import app.khabar.comment.CommentReview;
import app.khabar.comment.CommentStatus;
import app.khabar.comment.ReviewedComment;
import app.khabar.persian.PersianText;
import app.khabar.shared.AfterCommit;
import app.khabar.shared.KhabarException;
import app.khabar.shared.ReadThroughCache;
import app.khabar.web.ClientHash;
import app.khabar.web.RateLimiter;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

/**
 * Readers' reports of published comments and the «گزارش‌شده» queue. A reader files a
 * report with a reason and an optional note (one open report per reader and comment, rate
 * limited like every guest action); a moderator keeps the comment, which dismisses its
 * reports and is logged as a decision, or removes it, which is a refusal with a reason
 * through the desk ({@link ModerationDesk#reject}, which resolves the reports). The
 * queue's count is exact (a query) and cached per node; every change to it goes through
 * the change feed ({@value #TOPIC}), so every node's count follows.
 */
@Service
public class ReaderReports implements MeterBinder {

	/** The change feed topic of reports; the entity is the comment. */
	static final String TOPIC = "moderation-report";

	/** Reason code of a moderator's "keep": the reports were dismissed. */
	static final String KEPT = "REPORTS_KEPT";

	/** Longest note a reader may add to a report. */
	public static final int MAX_NOTE = 500;

	private final ReportRows rows;

	private final ModerationDesk desk;

	private final ActionLog actions;

	private final CommentReview comments;

	private final ChangeFeed feed;

	private final Clock clock;

	private final RateLimiter perClient;

	private final ReadThroughCache<String, Long> count;

	ReaderReports(ReportRows rows, ModerationDesk desk, ActionLog actions, CommentReview comments, ChangeFeed feed,
			Clock clock, @Value("${khabar.moderation.report-limit:10}") int limit,
			@Value("${khabar.moderation.report-window:10m}") Duration window) {
		this.rows = rows;
		this.desk = desk;
		this.actions = actions;
		this.comments = comments;
		this.feed = feed;
		this.clock = clock;
		this.perClient = new RateLimiter(limit, window);
		// the feed evicts; the expiry is a backstop
		this.count = ReadThroughCache.of(Caffeine.newBuilder().recordStats().expireAfterWrite(Duration.ofMinutes(1)),
				key -> rows.countReported());
	}

	/**
	 * Files a reader's report of a published comment.
	 * @throws KhabarException {@link ModerationError#REPORT_TOO_FAST},
	 * {@link ModerationError#REPORT_REASON_INVALID},
	 * {@link ModerationError#REPORT_NOTE_TOO_LONG} or
	 * {@link ModerationError#REPORT_NOT_PUBLISHED}
	 */
	@Transactional
	public void report(long commentId, @Nullable String reason, @Nullable String note, ClientHash client) {
		ReportReason why = ReportReason.parse(reason)
			.orElseThrow(() -> new KhabarException(ModerationError.REPORT_REASON_INVALID));
		String cleanNote = note == null ? null : PersianText.normalize(note).strip();
		if (cleanNote != null && cleanNote.codePointCount(0, cleanNote.length()) > MAX_NOTE) {
			throw new KhabarException(ModerationError.REPORT_NOTE_TOO_LONG,
					app.khabar.persian.PersianDigits.format(MAX_NOTE));
		}
		if (!perClient.tryAcquire(client.value())) {
			throw new KhabarException(ModerationError.REPORT_TOO_FAST);
		}
		ReviewedComment comment = published(commentId);
		if (rows.openBy(commentId, client.value())) {
			// the same reader again: one report is enough
			return;
		}
		rows.insert(commentId, comment.articleId(), why, cleanNote == null || cleanNote.isEmpty() ? null : cleanNote,
				client.value(), clock.instant());
		changed(commentId);
	}

	/** A published comment, for the report form. */
	@Transactional(readOnly = true)
	public ReviewedComment published(long commentId) {
		return comments.find(commentId)
			.filter(c -> c.status() == CommentStatus.PUBLISHED)
			.orElseThrow(() -> new KhabarException(ModerationError.REPORT_NOT_PUBLISHED));
	}

	/** Published comments with open reports, in the order they were first reported. */
	@Transactional(readOnly = true)
	public List<ReportedComment> queue(int limit) {
		List<Long> ids = rows.reported(Math.clamp(limit, 1, 500));
		Map<Long, List<ReaderReport>> reports = rows.openOf(ids)
			.stream()
			.collect(Collectors.groupingBy(ReaderReport::commentId));
		return ids.stream()
			.map(id -> desk.entry(id).map(entry -> new ReportedComment(entry, reports.getOrDefault(id, List.of()))))
			.flatMap(Optional::stream)
			.toList();
	}

	/** How many published comments have open reports: exact, as of the last change. */
	public long count() {
		return count.get("reported");
	}

	/**
	 * Keeps the comment published and dismisses its open reports, logged as the
	 * moderator's decision.
	 * @throws KhabarException {@link ModerationError#REPORT_NOT_PUBLISHED}, or
	 * {@link ModerationError#NO_OPEN_REPORTS} when another moderator resolved them first
	 */
	@Transactional
	public void keep(StaffMember by, long commentId) {
		ReviewedComment comment = published(commentId);
		var now = clock.instant();
		if (rows.resolve(commentId, "KEPT", now) == 0) {
			throw new KhabarException(ModerationError.NO_OPEN_REPORTS);
		}
		actions.append(commentId, comment.articleId(), by.username(), by.displayName(), CommentStatus.PUBLISHED,
				CommentStatus.PUBLISHED, KEPT, null, false, now);
		changed(commentId);
	}

	/**
	 * Removes the reported comment: refused with the moderator's reason (which resolves
	 * its reports), version-checked like every decision.
	 */
	@Transactional
	public ReviewedComment remove(StaffMember by, long commentId, long version, RejectReason reason,
			@Nullable String note) {
		return desk.reject(by, commentId, version, reason, note);
	}

	/** Reports resolved by a refusal on the desk: the count changed. */
	@EventListener
	void on(ReportsResolved event) {
		changed(event.commentId());
	}

	private void changed(long commentId) {
		AfterCommit.run(count::invalidateAll);
		feed.append(TOPIC, commentId);
	}

	@EventListener
	void on(ChangesCommitted event) {
		if (event.touches(TOPIC)) {
			count.invalidateAll();
		}
	}

	@EventListener
	void on(ChangesMissed event) {
		count.invalidateAll();
	}

	/** Its cache's hits and misses ({@code cache.gets}, README "Metrics"). */
	@Override
	public void bindTo(MeterRegistry meters) {
		CaffeineCacheMetrics.monitor(meters, count.async(), "moderation.reported-count");
	}

}
