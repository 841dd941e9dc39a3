package app.khabar.comment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
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

	private static final String PLACES = """
			SELECT id, article_id, status FROM comment_comment WHERE id IN (:ids)
			""";

	// the newest :limit of each client, in one query for a whole batch of submissions
	private static final String RECENT_OF_CLIENTS = """
			SELECT client_hash, article_id, body, created_at FROM (
			  SELECT client_hash, article_id, body, created_at,
			    ROW_NUMBER() OVER (PARTITION BY client_hash ORDER BY created_at DESC) AS position
			  FROM comment_comment
			  WHERE client_hash IN (:clients) AND created_at > :since
			) recent
			WHERE position <= :limit
			ORDER BY created_at DESC
			""";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	Comments(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/** Published comments of an article, oldest first, each without replies (the thread is assembled above). */
	List<PublishedComment> publishedOf(long articleId) {
		return jdbc.sql(PUBLISHED_OF_ARTICLE).param("article", articleId).query(Comments::mapPublished).list();
	}

	/** Stores new comments in one statement batch; their ids, in the order given. */
	List<Long> insertAll(List<NewRow> rows) {
		SqlParameterSource[] params = rows.stream()
			.map(row -> new MapSqlParameterSource().addValue("article", row.articleId())
				.addValue("parent", row.parentId())
				.addValue("name", row.name())
				.addValue("body", row.body())
				.addValue("country", row.country())
				.addValue("status", row.status().name())
				.addValue("likes", row.likes())
				.addValue("dislikes", row.dislikes())
				.addValue("createdAt", row.createdAt().atOffset(ZoneOffset.UTC))
				.addValue("clientHash", row.clientHash())
				.addValue("reason", row.reason())
				.addValue("detail", row.detail()))
			.toArray(SqlParameterSource[]::new);
		var keys = new GeneratedKeyHolder();
		batch.batchUpdate(INSERT, params, keys, new String[] { "id" });
		List<Long> ids = keys.getKeyList().stream().map(key -> ((Number) key.get("id")).longValue()).toList();
		if (ids.size() != rows.size()) {
			throw new IllegalStateException("the database returned " + ids.size() + " ids for " + rows.size() + " rows");
		}
		return ids;
	}

	/** Where these comments are; ids that do not exist are left out. */
	Map<Long, Place> placesOf(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		var places = new HashMap<Long, Place>();
		jdbc.sql(PLACES).param("ids", ids).query((rs, row) -> places.put(rs.getLong("id"),
				new Place(rs.getLong("article_id"), CommentStatus.valueOf(rs.getString("status"))))).list();
		return places;
	}

	/** What each of these clients submitted since {@code since}, at most {@code limit} each, newest first. */
	Map<String, List<Recent>> recentOf(Collection<String> clientHashes, Instant since, int limit) {
		if (clientHashes.isEmpty()) {
			return Map.of();
		}
		var recent = new HashMap<String, List<Recent>>();
		jdbc.sql(RECENT_OF_CLIENTS)
			.param("clients", clientHashes)
			.param("since", since.atOffset(ZoneOffset.UTC))
			.param("limit", limit)
			.query((rs, row) -> recent.computeIfAbsent(rs.getString("client_hash"), client -> new ArrayList<>())
				.add(new Recent(rs.getLong("article_id"), rs.getString("body"),
						rs.getObject("created_at", OffsetDateTime.class).toInstant())))
			.list();
		return recent;
	}

	/** Where a comment is: its article and status, for replies and votes. */
	Optional<Place> placeOf(long id) {
		return jdbc.sql(FIND_PLACE)
			.param("id", id)
			.query((rs, row) -> new Place(rs.getLong("article_id"), CommentStatus.valueOf(rs.getString("status"))))
			.optional();
	}

	record Place(long articleId, CommentStatus status) {
	}

	record Recent(long articleId, String body, Instant createdAt) {
	}

	/**
	 * A comment as {@link #insertAll} stores it: a reader's (with client hash and screening's reason) or an imported
	 * one (with its votes).
	 */
	record NewRow(long articleId, @Nullable Long parentId, @Nullable String name, String body,
			@Nullable String country, CommentStatus status, int likes, int dislikes, Instant createdAt,
			@Nullable String clientHash, @Nullable String reason, @Nullable String detail) {
	}

	private static PublishedComment mapPublished(ResultSet rs, int row) throws SQLException {
		long parent = rs.getLong("parent_id");
		Long parentId = rs.wasNull() ? null : parent;
		return new PublishedComment(rs.getLong("id"), parentId, rs.getString("author_name"), rs.getString("body"),
				rs.getString("country_code"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				rs.getInt("likes"), rs.getInt("dislikes"), List.of());
	}

}
