package app.khabar.moderation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.khabar.comment.CommentStatus;

/**
 * {@code moderation_action}, append-only: rows are inserted, never updated or deleted.
 */
@Repository
class ActionLog {

	private static final String INSERT = """
			INSERT INTO moderation_action (comment_id, article_id, actor, actor_name, from_status, to_status,
			  reason_code, reason_text, edited, acted_at)
			VALUES (:comment, :article, :actor, :actorName, :from, :to, :reasonCode, :reasonText, :edited, :at)
			""";

	private static final String COLUMNS = """
			SELECT id, comment_id, article_id, actor, actor_name, from_status, to_status, reason_code, reason_text,
			  edited, acted_at
			FROM moderation_action
			""";

	private static final String OF_COMMENT = COLUMNS + "WHERE comment_id = :comment ORDER BY id";

	// each comment's last decision by a moderator, newest comments first
	private static final String LAST_DECISIONS = """
			SELECT a.comment_id, a.to_status, a.reason_code FROM moderation_action a
			WHERE a.actor <> 'system' AND a.id = (SELECT MAX(b.id) FROM moderation_action b
			  WHERE b.comment_id = a.comment_id AND b.actor <> 'system')
			ORDER BY a.comment_id DESC LIMIT :limit
			""";

	private static final String BY_ACTOR = COLUMNS + "WHERE actor = :actor ORDER BY id DESC LIMIT :limit";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	ActionLog(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	void append(long commentId, long articleId, String actor, String actorName, @Nullable CommentStatus from,
			CommentStatus to, @Nullable String reasonCode, @Nullable String reasonText, boolean edited, Instant at) {
		appendAll(List
			.of(new Entry(commentId, articleId, actor, actorName, from, to, reasonCode, reasonText, edited, at)));
	}

	/** Appends records in one statement batch. */
	void appendAll(List<Entry> entries) {
		batch.batchUpdate(INSERT,
				entries.stream()
					.map(entry -> new MapSqlParameterSource().addValue("comment", entry.commentId())
						.addValue("article", entry.articleId())
						.addValue("actor", entry.actor())
						.addValue("actorName", entry.actorName())
						.addValue("from", entry.from() == null ? null : entry.from().name())
						.addValue("to", entry.to().name())
						.addValue("reasonCode", entry.reasonCode())
						.addValue("reasonText", entry.reasonText())
						.addValue("edited", entry.edited())
						.addValue("at", ReviewItems.utc(entry.at())))
					.toArray(SqlParameterSource[]::new));
	}

	record Entry(long commentId, long articleId, String actor, String actorName, @Nullable CommentStatus from,
			CommentStatus to, @Nullable String reasonCode, @Nullable String reasonText, boolean edited, Instant at) {
	}

	List<ModerationAction> ofComment(long commentId) {
		return jdbc.sql(OF_COMMENT).param("comment", commentId).query(ActionLog::map).list();
	}

	List<ModerationAction> byActor(String actor, int limit) {
		return jdbc.sql(BY_ACTOR).param("actor", actor).param("limit", limit).query(ActionLog::map).list();
	}

	private static ModerationAction map(ResultSet rs, int row) throws SQLException {
		String from = rs.getString("from_status");
		return new ModerationAction(rs.getLong("id"), rs.getLong("comment_id"), rs.getLong("article_id"),
				rs.getString("actor"), rs.getString("actor_name"), from == null ? null : CommentStatus.valueOf(from),
				CommentStatus.valueOf(rs.getString("to_status")), rs.getString("reason_code"),
				rs.getString("reason_text"), rs.getBoolean("edited"), ReviewItems.instant(rs, "acted_at"));
	}

	/** A moderator's last decision on a comment. */
	record Decision(long commentId, CommentStatus to, @Nullable String reasonCode) {
	}

	/**
	 * The last moderator decision on each of the newest {@code limit} decided comments.
	 */
	List<Decision> lastDecisions(int limit) {
		return jdbc.sql(LAST_DECISIONS)
			.param("limit", limit)
			.query((rs, row) -> new Decision(rs.getLong("comment_id"), CommentStatus.valueOf(rs.getString("to_status")),
					rs.getString("reason_code")))
			.list();
	}

}
