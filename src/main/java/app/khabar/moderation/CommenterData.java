package app.khabar.moderation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.khabar.account.StaffMember;
import app.khabar.comment.CommenterRecords;
import app.khabar.comment.Receipt;
import app.khabar.comment.ReviewedComment;
import app.khabar.shared.KhabarException;
import app.khabar.web.ClientHash;

/**
 * A commenter's data rights and the site's retention period: an admin exports (as one
 * JSON document) or erases everything stored about a commenter, found by receipt, name or
 * client hash: their comments (through {@link CommenterRecords}), the moderation queue's
 * copy of the text, and the reports they filed. Each erasure is logged in the decision
 * log as an action per comment (reason {@value #ERASED}), without the erased data. After
 * {@code khabar.moderation.retention} (90 days by default) client hashes and kept
 * originals are dropped ({@link #expire}, run by {@code RetentionJob}).
 */
@Service
public class CommenterData {

	/** The decision log's reason code of an erasure. */
	static final String ERASED = "ERASED";

	/** How a commenter is found. */
	public enum FoundBy {

		RECEIPT, NAME, CLIENT

	}

	private final CommenterRecords records;

	private final ReviewItems items;

	private final ActionLog actions;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration retention;

	CommenterData(CommenterRecords records, ReviewItems items, ActionLog actions, JdbcClient jdbc, Clock clock,
			@Value("${khabar.moderation.retention:90d}") Duration retention) {
		if (retention.isNegative() || retention.isZero()) {
			throw new IllegalArgumentException("khabar.moderation.retention must be positive");
		}
		this.records = records;
		this.items = items;
		this.actions = actions;
		this.jdbc = jdbc;
		this.clock = clock;
		this.retention = retention;
	}

	/** How long client hashes and kept originals are kept. */
	public Duration retention() {
		return retention;
	}

	/**
	 * The commenter's comments.
	 * @throws KhabarException {@link ModerationError#COMMENTER_KEY_INVALID} for a key
	 * that is not a receipt, a name or a client hash
	 */
	@Transactional(readOnly = true)
	public List<ReviewedComment> find(FoundBy by, String key) {
		return switch (by) {
			case RECEIPT -> records.byReceipt(Receipt.parse(key).orElseThrow(CommenterData::invalidKey));
			case NAME -> key.isBlank() ? List.of() : records.byName(key);
			case CLIENT -> records.byClient(clientHash(key).value());
		};
	}

	/** Everything stored about the commenter, as a JSON document's fields. */
	@Transactional(readOnly = true)
	public Map<String, Object> export(FoundBy by, String key) {
		List<ReviewedComment> comments = find(by, key);
		var document = new LinkedHashMap<String, Object>();
		document.put("exportedAt", clock.instant().toString());
		document.put("comments", comments.stream().map(CommenterData::exported).toList());
		List<String> clients = comments.stream()
			.map(ReviewedComment::clientHash)
			.filter(c -> c != null)
			.distinct()
			.toList();
		document.put("reportsFiled", clients.isEmpty() ? List.of() : jdbc.sql("""
				SELECT comment_id, reason, note, reported_at FROM moderation_report
				WHERE client_hash IN (:clients) ORDER BY id
				""").param("clients", clients).query((rs, row) -> {
			var report = new LinkedHashMap<String, Object>();
			report.put("commentId", rs.getLong("comment_id"));
			report.put("reason", rs.getString("reason"));
			report.put("note", rs.getString("note"));
			report.put("reportedAt", ReviewItems.instant(rs, "reported_at").toString());
			return report;
		}).list());
		return document;
	}

	/**
	 * Erases everything stored about the commenter; logged per comment without the data.
	 * @return how many comments were erased
	 */
	@Transactional
	public int erase(StaffMember by, FoundBy foundBy, String key) {
		List<ReviewedComment> comments = find(foundBy, key);
		if (comments.isEmpty()) {
			return 0;
		}
		List<Long> ids = comments.stream().map(ReviewedComment::id).toList();
		List<String> clients = comments.stream()
			.map(ReviewedComment::clientHash)
			.filter(c -> c != null)
			.distinct()
			.toList();
		int erased = records.erase(comments);
		jdbc.sql("""
				UPDATE moderation_review_item SET search_text = '', reason_detail = NULL, risk_words = NULL
				WHERE comment_id IN (:ids)
				""").param("ids", ids).update();
		if (!clients.isEmpty()) {
			jdbc.sql("UPDATE moderation_report SET client_hash = NULL, note = NULL WHERE client_hash IN (:clients)")
				.param("clients", clients)
				.update();
		}
		Instant now = clock.instant();
		actions.appendAll(comments.stream()
			.map(c -> new ActionLog.Entry(c.id(), c.articleId(), by.username(), by.displayName(), c.status(),
					c.status(), ERASED, null, true, now))
			.toList());
		return erased;
	}

	/**
	 * Drops client hashes and kept originals older than the retention period, the
	 * reporters' hashes too.
	 * @return how many comments lost either
	 */
	@Transactional
	public int expire() {
		Instant before = clock.instant().minus(retention);
		jdbc.sql(
				"UPDATE moderation_report SET client_hash = NULL WHERE reported_at < :before AND client_hash IS NOT NULL")
			.param("before", ReviewItems.utc(before))
			.update();
		return records.expire(before);
	}

	private static ClientHash clientHash(String key) {
		try {
			return new ClientHash(key.strip().toLowerCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException notOne) {
			throw invalidKey();
		}
	}

	private static KhabarException invalidKey() {
		return new KhabarException(ModerationError.COMMENTER_KEY_INVALID);
	}

	private static Map<String, Object> exported(ReviewedComment c) {
		var comment = new LinkedHashMap<String, Object>();
		comment.put("id", c.id());
		comment.put("articleId", c.articleId());
		comment.put("parentId", c.parentId());
		comment.put("name", c.authorName());
		comment.put("text", c.text());
		comment.put("originalText", c.originalText());
		comment.put("country", c.countryCode());
		comment.put("status", c.status().name());
		comment.put("createdAt", c.createdAt().toString());
		comment.put("editedAt", c.editedAt() == null ? null : c.editedAt().toString());
		comment.put("clientHash", c.clientHash());
		return comment;
	}

}
