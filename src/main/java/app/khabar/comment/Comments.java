package app.khabar.comment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class Comments {

	private static final String PUBLISHED_OF_ARTICLE = """
			SELECT id, parent_id, author_name, body, country_code, created_at, likes, dislikes
			FROM comment_comment
			WHERE article_id = :article AND status = 'PUBLISHED'
			ORDER BY created_at, id
			""";

	private static final String INSERT = """
			INSERT INTO comment_comment (article_id, parent_id, author_name, body, country_code, status, likes,
			  dislikes, created_at, client_hash, screening_reason, screening_detail)
			VALUES (:article, :parent, :name, :body, :country, :status, :likes, :dislikes, :createdAt, :clientHash,
			  :reason, :detail)
			""";

	private static final String FIND_PLACE = """
			SELECT article_id, status FROM comment_comment WHERE id = :id
			""";

	private static final String RECENT_OF_CLIENT = """
			SELECT article_id, body, created_at FROM comment_comment
			WHERE client_hash = :client AND created_at > :since
			ORDER BY created_at DESC
			LIMIT :limit
			""";

	private final JdbcClient jdbc;

	Comments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Published comments of an article, oldest first, each without replies (the thread is assembled above). */
	List<PublishedComment> publishedOf(long articleId) {
		return jdbc.sql(PUBLISHED_OF_ARTICLE).param("article", articleId).query(Comments::mapPublished).list();
	}

	long insert(long articleId, @Nullable Long parentId, @Nullable String name, String body,
			@Nullable String country, CommentStatus status, int likes, int dislikes, Instant createdAt,
			@Nullable String clientHash) {
		return insert(articleId, parentId, name, body, country, status, likes, dislikes, createdAt, clientHash, null,
				null);
	}

	long insert(long articleId, @Nullable Long parentId, @Nullable String name, String body,
			@Nullable String country, CommentStatus status, int likes, int dislikes, Instant createdAt,
			@Nullable String clientHash, @Nullable String reason, @Nullable String detail) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql(INSERT)
			.param("article", articleId)
			.param("parent", parentId)
			.param("name", name)
			.param("body", body)
			.param("country", country)
			.param("status", status.name())
			.param("likes", likes)
			.param("dislikes", dislikes)
			.param("createdAt", createdAt.atOffset(ZoneOffset.UTC))
			.param("clientHash", clientHash)
			.param("reason", reason)
			.param("detail", detail)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/** Where a comment is: its article and status, for replies and votes. */
	Optional<Place> placeOf(long id) {
		return jdbc.sql(FIND_PLACE)
			.param("id", id)
			.query((rs, row) -> new Place(rs.getLong("article_id"), CommentStatus.valueOf(rs.getString("status"))))
			.optional();
	}

	/** What this client submitted since {@code since}, any article and status, newest first. */
	List<Recent> recentOf(String clientHash, Instant since, int limit) {
		return jdbc.sql(RECENT_OF_CLIENT)
			.param("client", clientHash)
			.param("since", since.atOffset(ZoneOffset.UTC))
			.param("limit", limit)
			.query((rs, row) -> new Recent(rs.getLong("article_id"), rs.getString("body"),
					rs.getObject("created_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	record Place(long articleId, CommentStatus status) {
	}

	record Recent(long articleId, String body, Instant createdAt) {
	}

	private static PublishedComment mapPublished(ResultSet rs, int row) throws SQLException {
		long parent = rs.getLong("parent_id");
		Long parentId = rs.wasNull() ? null : parent;
		return new PublishedComment(rs.getLong("id"), parentId, rs.getString("author_name"), rs.getString("body"),
				rs.getString("country_code"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				rs.getInt("likes"), rs.getInt("dislikes"), List.of());
	}

}
