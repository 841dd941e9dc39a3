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

import app.khabar.comment.spi.ReasonCode;

/**
 * The one repository of {@code comment_comment}: readers' threads, the batch insert of
 * new comments, what posting, replies and votes look up, the vote counts, and the
 * moderators' reads and writes. A moderator's write is version-checked: it changes the
 * row only at the version the moderator saw, and moves the version on, so two moderators
 * never overwrite each other.
 */
@Repository
class Comments {

	private static final String PUBLISHED_OF_ARTICLE = """
			SELECT id, parent_id, author_name, body, country_code, created_at, likes, dislikes
			FROM comment_comment
			WHERE article_id = :article AND status = 'PUBLISHED'
			ORDER BY created_at, id
			""";

	private static final String PUBLISHED_AND_HELD_OF_ARTICLE = """
			SELECT id, parent_id, author_name, body, status, created_at FROM comment_comment
			WHERE article_id = :article AND status IN ('PUBLISHED', 'PENDING') ORDER BY id
			""";

	private static final String INSERT = """
			INSERT INTO comment_comment (article_id, parent_id, author_name, body, country_code, status, likes,
			  dislikes, created_at, client_hash, screening_reason, screening_detail, receipt_hash)
			VALUES (:article, :parent, :name, :body, :country, :status, :likes, :dislikes, :createdAt, :clientHash,
			  :reason, :detail, :receipt)
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

	private static final String REVIEWED_COLUMNS = """
			SELECT id, article_id, parent_id, author_name, body, original_body, country_code, status, screening_reason,
			  screening_detail, created_at, edited_at, client_hash, version
			FROM comment_comment
			""";

	private static final String FIND_REVIEWED = REVIEWED_COLUMNS + "WHERE id = :id";

	private static final String FIND_BY_RECEIPT = REVIEWED_COLUMNS + "WHERE receipt_hash = :receipt";

	private static final String FIND_ALL_REVIEWED = REVIEWED_COLUMNS + "WHERE id IN (:ids)";

	private static final String OF_CLIENT = REVIEWED_COLUMNS + "WHERE client_hash = :client ORDER BY id";

	private static final String OF_NAME = REVIEWED_COLUMNS + "WHERE author_name = :name ORDER BY id";

	// the row keeps its place (id, article, parent, status, votes): replies and counters
	// stay as they were
	private static final String ERASE = """
			UPDATE comment_comment
			SET author_name = NULL, body = :erased, original_body = NULL, client_hash = NULL, country_code = NULL,
			  receipt_hash = NULL, screening_detail = NULL, version = version + 1
			WHERE id IN (:ids)
			""";

	private static final String EXPIRE = """
			UPDATE comment_comment SET client_hash = NULL, original_body = NULL
			WHERE created_at < :before AND (client_hash IS NOT NULL OR original_body IS NOT NULL)
			""";

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

	private static final String ADD_VOTES = """
			UPDATE comment_comment SET likes = likes + :likes, dislikes = dislikes + :dislikes
			WHERE id = :comment
			""";

	private static final String VOTE_COUNTS = """
			SELECT likes, dislikes FROM comment_comment WHERE id = :comment
			""";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	Comments(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/**
	 * Published comments of an article, oldest first, each without replies (the thread is
	 * assembled above).
	 */
	List<PublishedComment> publishedOf(long articleId) {
		return jdbc.sql(PUBLISHED_OF_ARTICLE).param("article", articleId).query(Comments::mapPublished).list();
	}

	/** Stores new comments in one statement batch; their ids, in the order given. */
	List<CommentExport.Exported> publishedAndHeldOf(long articleId) {
		return jdbc.sql(PUBLISHED_AND_HELD_OF_ARTICLE).param("article", articleId).query((rs, row) -> {
			long parent = rs.getLong("parent_id");
			Long parentId = rs.wasNull() ? null : parent;
			return new CommentExport.Exported(rs.getLong("id"), parentId, rs.getString("author_name"),
					rs.getString("body"), CommentStatus.valueOf(rs.getString("status")), instant(rs, "created_at"));
		}).list();
	}

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
				.addValue("detail", row.detail())
				.addValue("receipt", row.receiptHash()))
			.toArray(SqlParameterSource[]::new);
		var keys = new GeneratedKeyHolder();
		batch.batchUpdate(INSERT, params, keys, new String[] { "id" });
		List<Long> ids = keys.getKeyList().stream().map(key -> ((Number) key.get("id")).longValue()).toList();
		if (ids.size() != rows.size()) {
			throw new IllegalStateException(
					"the database returned " + ids.size() + " ids for " + rows.size() + " rows");
		}
		return ids;
	}

	/** Where these comments are; ids that do not exist are left out. */
	Map<Long, Place> placesOf(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		var places = new HashMap<Long, Place>();
		jdbc.sql(PLACES).param("ids", ids).query((rs, row) -> places.put(rs.getLong("id"), mapPlace(rs, row))).list();
		return places;
	}

	/**
	 * What each of these clients submitted since {@code since}, at most {@code limit}
	 * each, newest first.
	 */
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
				.add(new Recent(rs.getLong("article_id"), rs.getString("body"), instant(rs, "created_at"))))
			.list();
		return recent;
	}

	/** Where a comment is: its article and status, for replies and votes. */
	Optional<Place> placeOf(long id) {
		return jdbc.sql(FIND_PLACE).param("id", id).query(Comments::mapPlace).optional();
	}

	/** A comment as a moderator sees it, in any status. */
	Optional<ReviewedComment> find(long id) {
		return jdbc.sql(FIND_REVIEWED).param("id", id).query(Comments::mapReviewed).optional();
	}

	/** The comment a receipt was issued for. */
	Optional<ReviewedComment> findByReceipt(Receipt receipt) {
		return jdbc.sql(FIND_BY_RECEIPT).param("receipt", receipt.hash()).query(Comments::mapReviewed).optional();
	}

	List<ReviewedComment> findAll(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(FIND_ALL_REVIEWED).param("ids", ids).query(Comments::mapReviewed).list();
	}

	List<ReviewedComment> ofClient(String clientHash) {
		return jdbc.sql(OF_CLIENT).param("client", clientHash).query(Comments::mapReviewed).list();
	}

	List<ReviewedComment> ofName(String name) {
		return jdbc.sql(OF_NAME).param("name", name).query(Comments::mapReviewed).list();
	}

	int erase(Collection<Long> ids, String erased) {
		return ids.isEmpty() ? 0 : jdbc.sql(ERASE).param("ids", ids).param("erased", erased).update();
	}

	int expire(Instant before) {
		return jdbc.sql(EXPIRE).param("before", before.atOffset(ZoneOffset.UTC)).update();
	}

	/**
	 * Moves the comment from {@code from} to {@code to} at {@code version}; false if
	 * either moved meanwhile.
	 */
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

	/**
	 * Adds to the comment's two vote counts (a negative number takes away), a relative
	 * update in the caller's transaction.
	 */
	void addVotes(long commentId, int likes, int dislikes) {
		jdbc.sql(ADD_VOTES).param("comment", commentId).param("likes", likes).param("dislikes", dislikes).update();
	}

	/** The comment's likes and dislikes. */
	int[] voteCounts(long commentId) {
		return jdbc.sql(VOTE_COUNTS)
			.param("comment", commentId)
			.query((rs, row) -> new int[] { rs.getInt("likes"), rs.getInt("dislikes") })
			.single();
	}

	record Place(long articleId, CommentStatus status) {
	}

	record Recent(long articleId, String body, Instant createdAt) {
	}

	/**
	 * A comment as {@link #insertAll} stores it: a reader's (with client hash and
	 * screening's reason) or an imported one (with its votes).
	 */
	record NewRow(long articleId, @Nullable Long parentId, @Nullable String name, String body, @Nullable String country,
			CommentStatus status, int likes, int dislikes, Instant createdAt, @Nullable String clientHash,
			@Nullable String reason, @Nullable String detail, @Nullable String receiptHash) {
	}

	private static Place mapPlace(ResultSet rs, int row) throws SQLException {
		return new Place(rs.getLong("article_id"), CommentStatus.valueOf(rs.getString("status")));
	}

	private static PublishedComment mapPublished(ResultSet rs, int row) throws SQLException {
		long parent = rs.getLong("parent_id");
		Long parentId = rs.wasNull() ? null : parent;
		return new PublishedComment(rs.getLong("id"), parentId, rs.getString("author_name"), rs.getString("body"),
				rs.getString("country_code"), instant(rs, "created_at"), rs.getInt("likes"), rs.getInt("dislikes"),
				List.of());
	}

	private static ReviewedComment mapReviewed(ResultSet rs, int row) throws SQLException {
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
