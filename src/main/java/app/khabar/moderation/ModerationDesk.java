package app.khabar.moderation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import app.khabar.account.StaffMember;
import app.khabar.article.Article;
import app.khabar.article.ArticleCatalog;
import app.khabar.article.ArticleLifecycle;
import app.khabar.article.CommentSettings;
import app.khabar.comment.CommentError;
import app.khabar.comment.CommentReview;
import app.khabar.comment.CommentStatus;
import app.khabar.comment.ReviewedComment;
import app.khabar.comment.spi.Risk;
import app.khabar.persian.PersianText;
import app.khabar.shared.AfterCommit;
import app.khabar.shared.KhabarException;
import app.khabar.web.Excerpt;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The moderators' desk: the queue, decisions, edits and the decision history. Every
 * decision is a version-checked update of the comment (through {@link CommentReview},
 * which moves the counters in the same transaction) plus an append-only
 * {@link ModerationAction}: when two moderators decide the same comment, the first wins
 * and the second gets {@link CommentError#CONCURRENT_DECISION}, with nothing overwritten.
 * Committed decisions and edits are counted by kind in
 * {@code khabar.moderation.decisions}.
 */
@Service
public class ModerationDesk {

	/** Longest moderator note kept with a decision. */
	public static final int MAX_NOTE = 500;

	private final ReviewItems items;

	private final ActionLog actions;

	private final CommentReview comments;

	private final ArticleCatalog articles;

	private final ArticleLifecycle lifecycle;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final ReportRows reports;

	private final ApplicationEventPublisher events;

	/** By the status decided (its ordinal). */
	private final Counter[] decisions;

	private final Counter edits;

	ModerationDesk(ReviewItems items, ActionLog actions, CommentReview comments, ArticleCatalog articles,
			ArticleLifecycle lifecycle, Clock clock, PlatformTransactionManager transactionManager, ReportRows reports,
			ApplicationEventPublisher events, MeterRegistry meters) {
		this.reports = reports;
		this.events = events;
		this.items = items;
		this.actions = actions;
		this.comments = comments;
		this.articles = articles;
		this.lifecycle = lifecycle;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
		this.decisions = new Counter[CommentStatus.values().length];
		for (CommentStatus status : CommentStatus.values()) {
			decisions[status.ordinal()] = decisionCounter(switch (status) {
				case PUBLISHED -> "approve";
				case REJECTED -> "reject";
				case PENDING -> "hold";
			}, meters);
		}
		this.edits = decisionCounter("edit", meters);
	}

	private static Counter decisionCounter(String decision, MeterRegistry meters) {
		return Counter.builder("khabar.moderation.decisions")
			.description("Moderators' committed decisions and edits, by kind")
			.tag("decision", decision)
			.register(meters);
	}

	/**
	 * A page of the queue: pending comments oldest first by default, with their articles.
	 */
	@Transactional(readOnly = true)
	public QueuePage queue(QueueFilter filter) {
		List<ReviewItems.Row> rows = items.page(filter, filter.size() + 1);
		boolean more = rows.size() > filter.size();
		if (more) {
			rows = rows.subList(0, filter.size());
		}
		Map<Long, ReviewedComment> byId = comments.findAll(rows.stream().map(ReviewItems.Row::commentId).toList())
			.stream()
			.collect(Collectors.toMap(ReviewedComment::id, Function.identity()));
		Map<Long, ReviewedComment> parents = new HashMap<>(byId);
		comments
			.findAll(byId.values()
				.stream()
				.map(ReviewedComment::parentId)
				.filter(id -> id != null && !byId.containsKey(id))
				.distinct()
				.toList())
			.forEach(parent -> parents.put(parent.id(), parent));
		List<QueueEntry> entries = new ArrayList<>();
		for (ReviewItems.Row row : rows) {
			ReviewedComment comment = byId.get(row.commentId());
			if (comment != null) {
				entries.add(entry(row.sectionSlug(), row.risk(), comment,
						comment.parentId() == null ? null : parents.get(comment.parentId())));
			}
		}
		var next = more && !entries.isEmpty() ? entries.getLast().position() : null;
		return new QueuePage(filter, entries, items.countUpTo(filter, QueuePage.COUNT_CAP + 1), next);
	}

	/** One comment as the queue shows it. */
	@Transactional(readOnly = true)
	public Optional<QueueEntry> entry(long commentId) {
		return comments.find(commentId)
			.map(c -> entry(articles.find(c.articleId()).map(a -> a.section().slug()).orElse(null),
					items.risk(commentId).orElse(null), c,
					c.parentId() == null ? null : comments.find(c.parentId()).orElse(null)));
	}

	/** Publishes the comment, if nobody decided it since {@code version}. */
	@Transactional
	public ReviewedComment approve(StaffMember by, long commentId, long version) {
		return decide(by, commentId, version, CommentStatus.PUBLISHED, null, null);
	}

	/** Refuses the comment as not publishable, with a reason and an optional note. */
	@Transactional
	public ReviewedComment reject(StaffMember by, long commentId, long version, RejectReason reason,
			@Nullable String note) {
		return decide(by, commentId, version, CommentStatus.REJECTED, reason, note);
	}

	/**
	 * Decides each selected comment on its own (one transaction each, so one conflict
	 * does not undo the others) and reports which ones another moderator had changed
	 * meanwhile.
	 * @param reason required when {@code to} is {@link CommentStatus#REJECTED}
	 */
	public BulkOutcome decideAll(StaffMember by, List<BulkOutcome.Selected> selection, CommentStatus to,
			@Nullable RejectReason reason, @Nullable String note) {
		if (selection.isEmpty()) {
			throw new KhabarException(ModerationError.NOTHING_SELECTED);
		}
		List<Long> decided = new ArrayList<>();
		List<Long> conflicted = new ArrayList<>();
		List<Long> missing = new ArrayList<>();
		for (BulkOutcome.Selected selected : selection) {
			try {
				transactions.executeWithoutResult(status -> decide(by, selected.commentId(), selected.version(), to,
						to == CommentStatus.REJECTED ? (reason == null ? RejectReason.OTHER : reason) : null, note));
				decided.add(selected.commentId());
			}
			catch (KhabarException ex) {
				if (ex.code() == CommentError.COMMENT_NOT_FOUND) {
					missing.add(selected.commentId());
				}
				else if (ex.code() == CommentError.CONCURRENT_DECISION) {
					conflicted.add(selected.commentId());
				}
				else {
					throw ex;
				}
			}
		}
		return new BulkOutcome(decided, conflicted, missing);
	}

	/**
	 * Replaces the comment's text, keeping what the reader wrote; logged as an edit.
	 * @throws KhabarException {@link CommentError#CONCURRENT_DECISION} or
	 * {@link CommentError#EDIT_EMPTY}
	 */
	@Transactional
	public ReviewedComment edit(StaffMember by, long commentId, long version, String text) {
		ReviewedComment after = comments.edit(commentId, version, text);
		items.searchText(commentId, SearchText.of(after.text(), after.authorName()));
		actions.append(commentId, after.articleId(), by.username(), by.displayName(), after.status(), after.status(),
				null, null, true, clock.instant());
		AfterCommit.run(edits::increment);
		return after;
	}

	/** Every decision on the comment, oldest first: screening's, then the moderators'. */
	@Transactional(readOnly = true)
	public List<ModerationAction> history(long commentId) {
		return actions.ofComment(commentId);
	}

	/**
	 * How each of these comments begins ({@link Excerpt}), by id; gone ones are left out.
	 */
	@Transactional(readOnly = true)
	public Map<Long, String> excerpts(Collection<Long> commentIds) {
		return comments.findAll(List.copyOf(new HashSet<>(commentIds)))
			.stream()
			.collect(Collectors.toMap(ReviewedComment::id, comment -> Excerpt.of(comment.text())));
	}

	/** A moderator's latest decisions and edits, newest first. */
	@Transactional(readOnly = true)
	public List<ModerationAction> recentDecisions(StaffMember moderator, int limit) {
		return actions.byActor(moderator.username(), Math.clamp(limit, 1, 500));
	}

	/** The article whose comment settings a moderator changes. */
	public Article article(long articleId) {
		return articles.find(articleId).orElseThrow(() -> new KhabarException(ModerationError.ARTICLE_NOT_FOUND));
	}

	/**
	 * Opens or closes an article's comments, sets its mode and auto-close, through the
	 * article's own version check.
	 * @return the article's new version
	 */
	public long setArticleComments(StaffMember by, long articleId, long version, CommentSettings settings) {
		if (settings.closeAfterDays() != null
				&& (settings.closeAfterDays() < 1 || settings.closeAfterDays() > SiteDefaults.MAX_DAYS)) {
			throw new KhabarException(ModerationError.DAYS_INVALID);
		}
		article(articleId);
		return lifecycle.setComments(by.username(), articleId, version, settings);
	}

	private ReviewedComment decide(StaffMember by, long commentId, long version, CommentStatus to,
			@Nullable RejectReason reason, @Nullable String note) {
		ReviewedComment before = comments.find(commentId)
			.orElseThrow(() -> new KhabarException(CommentError.COMMENT_NOT_FOUND));
		ReviewedComment after = comments.decide(commentId, version, to);
		var now = clock.instant();
		if (!items.move(commentId, to, now)) {
			// a comment from before the queue existed: it joins the queue with its
			// decision
			items.insert(commentId, after.articleId(), null, null, to, after.reason(), after.reasonDetail(),
					SearchText.of(after.text(), after.authorName()), after.createdAt());
		}
		actions.append(commentId, after.articleId(), by.username(), by.displayName(), before.status(), to,
				reason == null ? null : reason.name(), cleanNote(note), false, now);
		AfterCommit.run(decisions[to.ordinal()]::increment);
		// a refused comment leaves the «گزارش‌شده» queue: its reports were answered
		if (to == CommentStatus.REJECTED && reports.resolve(commentId, "REMOVED", now) > 0) {
			events.publishEvent(new ReportsResolved(commentId));
		}
		return after;
	}

	private QueueEntry entry(@Nullable String sectionSlug, @Nullable Risk risk, ReviewedComment c,
			@Nullable ReviewedComment parent) {
		Optional<Article> article = articles.find(c.articleId());
		return new QueueEntry(c.id(), c.version(), c.articleId(), article.map(Article::title).orElse(null),
				article.map(Article::path).orElse(null), sectionSlug, c.parentId(),
				parent == null ? null
						: new QueueEntry.Parent(parent.authorName(), Excerpt.of(parent.text()), parent.status()),
				c.authorName(), c.text(), c.originalText(), c.countryCode(), c.status(), c.reason(), c.reasonDetail(),
				c.createdAt(), c.clientHash(), risk);
	}

	private static @Nullable String cleanNote(@Nullable String note) {
		if (note == null || note.isBlank()) {
			return null;
		}
		String clean = PersianText.normalize(note).strip();
		return clean.length() > MAX_NOTE ? clean.substring(0, MAX_NOTE) : clean;
	}

}
