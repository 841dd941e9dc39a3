package app.khabar.comment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.khabar.comment.spi.ReasonCode;

/**
 * The moderators' reads and writes of {@code comment_comment}. Every write is version-checked: it changes the row only
 * at the version the moderator saw, and moves the version on, so two moderators never overwrite each other.
 */
@Repository
class CommentRows {

	private static final String COLUMNS = """
			SELECT id, article_id, parent_id, author_name, body, original_body, country_code, status, screening_reason,
			  screening_detail, created_at, edited_at, client_hash, version
			FROM comment_comment
			""";

	private static final String FIND = COLUMNS + "WHERE id = :id";

	private static final String FIND_ALL = COLUMNS + "WHERE id IN (:ids)";

	private static final String DECIDE = """
			UPDATE comment_comment SET status = :to, version = version + 1
			WHERE id = :id AND version = :version AND status = :from
			""";

	// original_body keeps the reader's first text: a second edit does not replace it
	private static final String EDIT = """
			UPDATE comment_comment
			SET body = :body, original_body = COALESCE(original_body, body), edited_at = :now, version = version + 1
			WHERE id = :id AND version = :version
			""";

	private final JdbcClient jdbc;

	CommentRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<ReviewedComment> find(long id) {
		return jdbc.sql(FIND).param("id", id).query(CommentRows::map).optional();
	}

	List<ReviewedComment> findAll(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(FIND_ALL).param("ids", ids).query(CommentRows::map).list();
	}

	/** Moves the comment from {@code from} to {@code to} at {@code version}; false if either moved meanwhile. */
	boolean decide(long id, long version, CommentStatus from, CommentStatus to) {
		return jdbc.sql(DECIDE)
			.param("id", id)
			.param("version", version)
			.param("from", from.name())
			.param("to", to.name())
			.update() == 1;
	}

	boolean edit(long id, long version, String body, Instant now) {
		return jdbc.sql(EDIT)
			.param("id", id)
			.param("version", version)
			.param("body", body)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update() == 1;
	}

	private static ReviewedComment map(ResultSet rs, int row) throws SQLException {
		long parent = rs.getLong("parent_id");
		Long parentId = rs.wasNull() ? null : parent;
		String reason = rs.getString("screening_reason");
		return new ReviewedComment(rs.getLong("id"), rs.getLong("article_id"), parentId, rs.getString("author_name"),
				rs.getString("body"), rs.getString("original_body"), rs.getString("country_code"),
				CommentStatus.valueOf(rs.getString("status")), reason == null ? null : reasonCode(reason),
				rs.getString("screening_detail"), instant(rs, "created_at"), nullableInstant(rs, "edited_at"),
				rs.getString("client_hash"), rs.getLong("version"));
	}

	private static @Nullable ReasonCode reasonCode(String name) {
		try {
			return ReasonCode.valueOf(name);
		}
		catch (IllegalArgumentException unknown) {
			return null;
		}
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
