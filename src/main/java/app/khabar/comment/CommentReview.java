package app.khabar.comment;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.khabar.persian.PersianText;
import app.khabar.shared.KhabarException;

/**
 * The moderators' commands on comments: decide a comment's status and edit its text. Both
 * are version-checked: the caller names the version it saw, and if another moderator
 * changed the comment since, nothing changes and {@link CommentError#CONCURRENT_DECISION}
 * is thrown. A decision moves the article's counters in the same transaction, so the
 * counters always equal the comments. Who decided, and why, is the moderation module's
 * record.
 */
@Service
public class CommentReview {

	private final Comments rows;

	private final CommentCounters counters;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CommentReview(Comments rows, CommentCounters counters, ApplicationEventPublisher events, Clock clock) {
		this.rows = rows;
		this.counters = counters;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<ReviewedComment> find(long commentId) {
		return rows.find(commentId);
	}

	/**
	 * The comments with these ids, in the order of {@code ids}; unknown ids are skipped.
	 */
	@Transactional(readOnly = true)
	public List<ReviewedComment> findAll(Collection<Long> ids) {
		Map<Long, ReviewedComment> byId = rows.findAll(ids)
			.stream()
			.collect(Collectors.toMap(ReviewedComment::id, Function.identity()));
		return ids.stream().distinct().map(byId::get).filter(c -> c != null).toList();
	}

	/**
	 * Moves the comment to {@code to}, if it is still at {@code expectedVersion}; the
	 * counters follow.
	 * @return the comment after the decision
	 * @throws KhabarException {@link CommentError#COMMENT_NOT_FOUND} or
	 * {@link CommentError#CONCURRENT_DECISION}
	 */
	@Transactional
	public ReviewedComment decide(long commentId, long expectedVersion, CommentStatus to) {
		ReviewedComment before = current(commentId, expectedVersion);
		// the status is part of the check: the counters move from the status the row
		// really had
		if (!rows.decide(commentId, expectedVersion, before.status(), to)) {
			throw new KhabarException(CommentError.CONCURRENT_DECISION);
		}
		if (before.status() != to) {
			counters.move(before.articleId(), before.status(), to);
		}
		else {
			counters.touch(before.articleId());
		}
		events.publishEvent(new CommentThreadChanged(before.articleId()));
		return rows.find(commentId).orElseThrow();
	}

	/**
	 * Replaces the comment's text, if it is still at {@code expectedVersion}. The
	 * reader's first text is kept as {@link ReviewedComment#originalText()}; later edits
	 * replace only the shown text.
	 * @throws KhabarException {@link CommentError#COMMENT_NOT_FOUND},
	 * {@link CommentError#CONCURRENT_DECISION} or {@link CommentError#EDIT_EMPTY}
	 */
	@Transactional
	public ReviewedComment edit(long commentId, long expectedVersion, String newText) {
		String text = PersianText.normalize(newText).strip();
		if (text.isEmpty()) {
			throw new KhabarException(CommentError.EDIT_EMPTY);
		}
		ReviewedComment before = current(commentId, expectedVersion);
		if (!rows.edit(commentId, expectedVersion, text, clock.instant())) {
			throw new KhabarException(CommentError.CONCURRENT_DECISION);
		}
		if (before.status() == CommentStatus.PUBLISHED) {
			counters.touch(before.articleId());
			events.publishEvent(new CommentThreadChanged(before.articleId()));
		}
		return rows.find(commentId).orElseThrow();
	}

	private ReviewedComment current(long commentId, long expectedVersion) {
		ReviewedComment comment = rows.find(commentId)
			.orElseThrow(() -> new KhabarException(CommentError.COMMENT_NOT_FOUND));
		if (comment.version() != expectedVersion) {
			throw new KhabarException(CommentError.CONCURRENT_DECISION);
		}
		return comment;
	}

}
