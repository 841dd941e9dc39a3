package app.khabar.comment;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.khabar.persian.PersianText;

/**
 * What the comment module keeps about a commenter, for an export, an erasure and the
 * retention period. A commenter is found by a receipt (its comment, and every comment of
 * the same client while the client hash is kept), by the name they wrote, or by client
 * hash. Erasure replaces the text with {@link #ERASED} and drops the name, country,
 * client hash, receipt and kept original, but keeps the row: replies keep their place and
 * the counters stay exact.
 */
@Service
public class CommenterRecords {

	/** What an erased comment shows in its thread. */
	public static final String ERASED = "[حذف شد]";

	private final Comments comments;

	private final CommentCounters counters;

	private final ApplicationEventPublisher events;

	CommenterRecords(Comments comments, CommentCounters counters, ApplicationEventPublisher events) {
		this.comments = comments;
		this.counters = counters;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public List<ReviewedComment> byReceipt(Receipt receipt) {
		Optional<ReviewedComment> comment = comments.findByReceipt(receipt);
		if (comment.isEmpty()) {
			return List.of();
		}
		String client = comment.get().clientHash();
		return client == null ? List.of(comment.get()) : comments.ofClient(client);
	}

	@Transactional(readOnly = true)
	public List<ReviewedComment> byName(String name) {
		// stored names are normalized as typed: the same normalization finds them
		String normalized = CommentPosting.clean(name).replaceAll("\\s+", " ");
		return normalized.isEmpty() ? List.of() : comments.ofName(PersianText.normalize(normalized));
	}

	@Transactional(readOnly = true)
	public List<ReviewedComment> byClient(String clientHash) {
		return comments.ofClient(clientHash);
	}

	/**
	 * Erases these comments, each in its place; the public threads that showed them
	 * change. In the caller's transaction.
	 * @return how many comments were erased
	 */
	@Transactional
	public int erase(List<ReviewedComment> erased) {
		int count = comments.erase(erased.stream().map(ReviewedComment::id).toList(), ERASED);
		Map<Long, Boolean> articles = new LinkedHashMap<>();
		erased.forEach(c -> articles.merge(c.articleId(), c.status() == CommentStatus.PUBLISHED, Boolean::logicalOr));
		for (long article : new TreeSet<>(articles.keySet())) {
			if (articles.get(article)) {
				counters.touch(article);
				events.publishEvent(new CommentThreadChanged(article));
			}
		}
		return count;
	}

	/**
	 * Drops the client hash and the moderators' kept original of every comment posted
	 * before {@code before}.
	 * @return how many comments lost either
	 */
	@Transactional
	public int expire(Instant before) {
		return comments.expire(before);
	}

}
