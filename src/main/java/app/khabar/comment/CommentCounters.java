package app.khabar.comment;

import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The per-article counters. Every change is a relative update inside the caller's
 * transaction, so concurrent writers never lose a count; the row is created on first use.
 */
@Repository
class CommentCounters {

	private static final String FIND = """
			SELECT article_id, published, pending, rejected, version FROM comment_counters WHERE article_id = :article
			""";

	private static final String CREATE_IF_MISSING = """
			INSERT INTO comment_counters (article_id, published, pending, rejected, version)
			VALUES (:article, 0, 0, 0, 0) ON CONFLICT DO NOTHING
			""";

	private static final String ADD = """
			UPDATE comment_counters
			SET published = published + :published, pending = pending + :pending, rejected = rejected + :rejected,
			    version = version + 1
			WHERE article_id = :article
			""";

	private static final String MOST_COMMENTED = """
			SELECT article_id FROM comment_counters WHERE article_id IN (:ids) AND published > 0
			ORDER BY published DESC, article_id DESC LIMIT :limit
			""";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	CommentCounters(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	Optional<CommentCounts> find(long articleId) {
		return jdbc.sql(FIND).param("article", articleId).query(CommentCounts.class).optional();
	}

	java.util.List<Long> mostCommented(java.util.Collection<Long> articleIds, int limit) {
		return jdbc.sql(MOST_COMMENTED).param("ids", articleIds).param("limit", limit).query(Long.class).list();
	}

	/** Moves a comment into {@code to}, out of {@code from} if it had a status before. */
	void move(long articleId, @Nullable CommentStatus from, CommentStatus to) {
		int[] delta = new int[3];
		if (from != null) {
			delta[from.ordinal()]--;
		}
		delta[to.ordinal()]++;
		add(articleId, delta);
	}

	void count(long articleId, CommentStatus status) {
		int[] delta = new int[3];
		delta[status.ordinal()]++;
		add(articleId, delta);
	}

	/** Marks the public thread changed without a counter moving (a vote, an edit). */
	void touch(long articleId) {
		add(articleId, new int[CommentStatus.values().length]);
	}

	/**
	 * Adds {@code delta} (indexed by {@link CommentStatus#ordinal()}) to an article's
	 * counters.
	 */
	void add(long articleId, int[] delta) {
		// the row exists but for an article's first comment: one statement in the usual
		// case
		if (update(articleId, delta) == 0) {
			ensure(articleId);
			update(articleId, delta);
		}
	}

	/**
	 * Adds each article's delta to its counters in two batch statements (rows made where
	 * missing, then moved), for imports that touch many articles at once.
	 */
	void addAll(Map<Long, int[]> deltas) {
		if (deltas.isEmpty()) {
			return;
		}
		batch.batchUpdate(CREATE_IF_MISSING,
				deltas.keySet()
					.stream()
					.map(article -> new MapSqlParameterSource("article", article))
					.toArray(SqlParameterSource[]::new));
		batch.batchUpdate(ADD,
				deltas.entrySet()
					.stream()
					.map(e -> new MapSqlParameterSource("article", e.getKey())
						.addValue("pending", e.getValue()[CommentStatus.PENDING.ordinal()])
						.addValue("published", e.getValue()[CommentStatus.PUBLISHED.ordinal()])
						.addValue("rejected", e.getValue()[CommentStatus.REJECTED.ordinal()]))
					.toArray(SqlParameterSource[]::new));
	}

	private int update(long articleId, int[] delta) {
		return jdbc.sql(ADD)
			.param("article", articleId)
			.param("pending", delta[CommentStatus.PENDING.ordinal()])
			.param("published", delta[CommentStatus.PUBLISHED.ordinal()])
			.param("rejected", delta[CommentStatus.REJECTED.ordinal()])
			.update();
	}

	private void ensure(long articleId) {
		jdbc.sql(CREATE_IF_MISSING).param("article", articleId).update();
	}

}
