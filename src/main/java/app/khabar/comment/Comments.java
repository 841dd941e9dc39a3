package app.khabar.comment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

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
			  dislikes, created_at, client_hash)
			VALUES (:article, :parent, :name, :body, :country, :status, :likes, :dislikes, :createdAt, :clientHash)
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
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	private static PublishedComment mapPublished(ResultSet rs, int row) throws SQLException {
		long parent = rs.getLong("parent_id");
		Long parentId = rs.wasNull() ? null : parent;
		return new PublishedComment(rs.getLong("id"), parentId, rs.getString("author_name"), rs.getString("body"),
				rs.getString("country_code"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				rs.getInt("likes"), rs.getInt("dislikes"), List.of());
	}

}
