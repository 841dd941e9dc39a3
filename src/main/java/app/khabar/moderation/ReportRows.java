package app.khabar.moderation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code moderation_report}: readers' reports, open until a moderator resolves them. Open
 * reports count only while their comment is published (the queue row's status), so a
 * comment refused meanwhile leaves the «گزارش‌شده» queue and its count at once.
 */
@Repository
class ReportRows {

	private static final String INSERT = """
			INSERT INTO moderation_report (comment_id, article_id, reason, note, client_hash, reported_at)
			VALUES (:comment, :article, :reason, :note, :client, :at)
			""";

	private static final String OPEN_BY_CLIENT = """
			SELECT COUNT(*) FROM moderation_report
			WHERE comment_id = :comment AND client_hash = :client AND resolved_at IS NULL
			""";

	private static final String OPEN_PUBLISHED = """
			FROM moderation_report r JOIN moderation_review_item i ON i.comment_id = r.comment_id
			WHERE r.resolved_at IS NULL AND i.status = 'PUBLISHED'
			""";

	private static final String COUNT_REPORTED = "SELECT COUNT(DISTINCT r.comment_id) " + OPEN_PUBLISHED;

	// the comments reported first come first
	private static final String REPORTED = """
			SELECT r.comment_id, MIN(r.reported_at) AS first_reported
			""" + OPEN_PUBLISHED + """
			GROUP BY r.comment_id ORDER BY first_reported, r.comment_id LIMIT :limit
			""";

	private static final String OPEN_OF = """
			SELECT id, comment_id, reason, note, reported_at FROM moderation_report
			WHERE comment_id IN (:comments) AND resolved_at IS NULL ORDER BY reported_at, id
			""";

	private static final String RESOLVE = """
			UPDATE moderation_report SET resolved_at = :at, resolution = :resolution
			WHERE comment_id = :comment AND resolved_at IS NULL
			""";

	private final JdbcClient jdbc;

	ReportRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(long commentId, long articleId, ReportReason reason, @Nullable String note, String client, Instant at) {
		jdbc.sql(INSERT)
			.param("comment", commentId)
			.param("article", articleId)
			.param("reason", reason.name())
			.param("note", note)
			.param("client", client)
			.param("at", ReviewItems.utc(at))
			.update();
	}

	boolean openBy(long commentId, String client) {
		return jdbc.sql(OPEN_BY_CLIENT)
			.param("comment", commentId)
			.param("client", client)
			.query(Long.class)
			.single() > 0;
	}

	long countReported() {
		return jdbc.sql(COUNT_REPORTED).query(Long.class).single();
	}

	List<Long> reported(int limit) {
		return jdbc.sql(REPORTED).param("limit", limit).query((rs, row) -> rs.getLong("comment_id")).list();
	}

	List<ReaderReport> openOf(Collection<Long> commentIds) {
		if (commentIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(OPEN_OF)
			.param("comments", commentIds)
			.query((rs, row) -> new ReaderReport(rs.getLong("id"), rs.getLong("comment_id"),
					ReportReason.parse(rs.getString("reason")).orElse(ReportReason.OTHER), rs.getString("note"),
					ReviewItems.instant(rs, "reported_at")))
			.list();
	}

	/** Resolves the comment's open reports; how many there were. */
	int resolve(long commentId, String resolution, Instant at) {
		return jdbc.sql(RESOLVE)
			.param("comment", commentId)
			.param("resolution", resolution)
			.param("at", ReviewItems.utc(at))
			.update();
	}

}
