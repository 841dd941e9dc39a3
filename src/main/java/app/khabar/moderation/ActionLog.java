package app.khabar.moderation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
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

	private static final String BY_ACTOR = COLUMNS + "WHERE actor = :actor ORDER BY id DESC LIMIT :limit";

	private final JdbcClient jdbc;

	ActionLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void append(long commentId, long articleId, String actor, String actorName, @Nullable CommentStatus from,
			CommentStatus to, @Nullable String reasonCode, @Nullable String reasonText, boolean edited, Instant at) {
		jdbc.sql(INSERT)
			.param("comment", commentId)
			.param("article", articleId)
			.param("actor", actor)
			.param("actorName", actorName)
			.param("from", from == null ? null : from.name())
			.param("to", to.name())
			.param("reasonCode", reasonCode)
			.param("reasonText", reasonText)
			.param("edited", edited)
			.param("at", ReviewItems.utc(at))
			.update();
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

}
