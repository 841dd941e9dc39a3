package app.khabar.moderation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.khabar.comment.CommentStatus;
import app.khabar.comment.spi.ReasonCode;
import app.khabar.comment.spi.Risk;

/**
 * The queue table, {@code moderation_review_item}: one row per comment. Pages are keyset
 * pages over {@code (created_at, comment_id)}, served by an index per filter, so page 1
 * and page 1000 cost the same.
 */
@Repository
class ReviewItems {

	private static final String INSERT = """
			INSERT INTO moderation_review_item (comment_id, article_id, section_id, section_slug, status, reason,
			  reason_detail, search_text, created_at, version, risk_score, risk_words)
			VALUES (:comment, :article, :section, :sectionSlug, :status, :reason, :detail, :search, :createdAt, 0,
			  :riskScore, :riskWords)
			ON CONFLICT DO NOTHING
			""";

	private static final String MOVE = """
			UPDATE moderation_review_item SET status = :status, decided_at = :now, version = version + 1
			WHERE comment_id = :comment
			""";

	private static final String SEARCH_TEXT = """
			UPDATE moderation_review_item SET search_text = :search, version = version + 1 WHERE comment_id = :comment
			""";

	private static final String SELECT = """
			SELECT comment_id, article_id, section_slug, status, reason, reason_detail, created_at, risk_score, risk_words
			FROM moderation_review_item
			""";

	private static final String RISK = """
			SELECT risk_score, risk_words FROM moderation_review_item WHERE comment_id = :comment
			""";

	/** Separates the stored risk words; a word or phrase never contains it. */
	static final String RISK_WORDS_SEPARATOR = "،";

	// counting stops at the cap: an exact count of 50,000 pending rows costs more than
	// the page itself
	private static final String COUNT_UP_TO = "SELECT COUNT(*) FROM (SELECT 1 FROM moderation_review_item ";

	private static final String COUNT_UP_TO_END = " LIMIT :cap) capped";

	private static final String COUNT = "SELECT COUNT(*) FROM moderation_review_item ";

	private static final String OLDEST_FIRST = " ORDER BY created_at, comment_id LIMIT :limit";

	private static final String NEWEST_FIRST = " ORDER BY created_at DESC, comment_id DESC LIMIT :limit";

	private static final String AFTER_OLDER = " AND (created_at > :afterAt OR (created_at = :afterAt AND comment_id > :afterId))";

	private static final String AFTER_NEWER = " AND (created_at < :afterAt OR (created_at = :afterAt AND comment_id < :afterId))";

	private static final String RISKIEST_FIRST = " ORDER BY risk_score DESC, comment_id DESC LIMIT :limit";

	private static final String LOWEST_RISK_FIRST = " ORDER BY risk_score, comment_id LIMIT :limit";

	private static final String AFTER_RISKIER = " AND (risk_score < :afterRisk OR (risk_score = :afterRisk AND comment_id < :afterId))";

	private static final String AFTER_LESS_RISKY = " AND (risk_score > :afterRisk OR (risk_score = :afterRisk AND comment_id > :afterId))";

	private static final String OLDEST_PENDING = """
			SELECT created_at FROM moderation_review_item WHERE status = 'PENDING'
			ORDER BY created_at, comment_id LIMIT 1 OFFSET :offset
			""";

	private static final String SINCE = """
			SELECT created_at FROM moderation_review_item WHERE created_at >= :since
			""";

	// per comment received since :since that the model held, refused or passed, with the
	// moderators' last decision on it (edits are no decision)
	private static final String MODEL_OUTCOMES = """
			SELECT model, decided, decided_reason, COUNT(*) AS comments FROM (
			  SELECT CASE WHEN s.reason_code = :model AND s.to_status = 'PENDING' THEN 'HELD'
			              WHEN s.reason_code = :model THEN 'REFUSED' ELSE 'PASSED' END AS model,
			    (SELECT b.to_status FROM moderation_action b WHERE b.comment_id = i.comment_id AND b.actor <> 'system'
			      AND b.edited = FALSE ORDER BY b.id DESC LIMIT 1) AS decided,
			    (SELECT b.reason_code FROM moderation_action b WHERE b.comment_id = i.comment_id AND b.actor <> 'system'
			      AND b.edited = FALSE ORDER BY b.id DESC LIMIT 1) AS decided_reason
			  FROM moderation_review_item i
			  JOIN moderation_action s ON s.comment_id = i.comment_id AND s.actor = 'system' AND s.from_status IS NULL
			  WHERE i.created_at >= :since
			    AND (s.reason_code = :model OR (i.risk_score IS NOT NULL AND s.to_status <> 'REJECTED'))
			) outcomes
			GROUP BY model, decided, decided_reason
			""";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	ReviewItems(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/**
	 * A queue row, as the desk reads it before joining in the comment and the article.
	 */
	record Row(long commentId, long articleId, @Nullable String sectionSlug, CommentStatus status,
			@Nullable ReasonCode reason, @Nullable String reasonDetail, Instant createdAt, @Nullable Risk risk) {
	}

	void insert(long commentId, long articleId, @Nullable Long sectionId, @Nullable String sectionSlug,
			CommentStatus status, @Nullable ReasonCode reason, @Nullable String detail, String searchText,
			Instant createdAt) {
		insertAll(List.of(new NewItem(commentId, articleId, sectionId, sectionSlug, status, reason, detail, searchText,
				createdAt, null)));
	}

	/** Queues new comments in one statement batch. */
	void insertAll(List<NewItem> newItems) {
		batch.batchUpdate(INSERT,
				newItems.stream()
					.map(item -> new MapSqlParameterSource().addValue("comment", item.commentId())
						.addValue("article", item.articleId())
						.addValue("section", item.sectionId())
						.addValue("sectionSlug", item.sectionSlug())
						.addValue("status", item.status().name())
						.addValue("reason", item.reason() == null ? null : item.reason().name())
						.addValue("detail", item.detail())
						.addValue("search", item.searchText())
						.addValue("createdAt", utc(item.createdAt()))
						.addValue("riskScore", item.risk() == null ? null : item.risk().score())
						.addValue("riskWords", item.risk() == null ? null : riskWords(item.risk())))
					.toArray(SqlParameterSource[]::new));
	}

	record NewItem(long commentId, long articleId, @Nullable Long sectionId, @Nullable String sectionSlug,
			CommentStatus status, @Nullable ReasonCode reason, @Nullable String detail, String searchText,
			Instant createdAt, @Nullable Risk risk) {
	}

	/** The model's risk stored with the comment's queue row, if any. */
	Optional<Risk> risk(long commentId) {
		return jdbc.sql(RISK)
			.param("comment", commentId)
			.query(ReviewItems::risk)
			.optional()
			.flatMap(Optional::ofNullable);
	}

	boolean move(long commentId, CommentStatus status, Instant now) {
		return jdbc.sql(MOVE)
			.param("comment", commentId)
			.param("status", status.name())
			.param("now", utc(now))
			.update() == 1;
	}

	void searchText(long commentId, String searchText) {
		jdbc.sql(SEARCH_TEXT).param("comment", commentId).param("search", searchText).update();
	}

	/**
	 * Up to {@code limit} rows of the filter from its position on. In a risk order the
	 * scored rows come first, by score then id, and the rows no model scored after them,
	 * in time order: each part is a keyset page of its own index.
	 */
	List<Row> page(QueueFilter filter, int limit) {
		QueueFilter.Position after = filter.after();
		if (!filter.order().byRisk()) {
			return timePage(filter, "", after, limit);
		}
		List<Row> rows = new ArrayList<>();
		boolean inUnscored = after != null && after.risk() == null;
		if (!inUnscored && filter.band() != RiskBand.UNSCORED) {
			rows.addAll(riskPage(filter, after, limit));
		}
		if (rows.size() < limit && (filter.band() == null || filter.band() == RiskBand.UNSCORED)) {
			rows.addAll(timePage(filter, " AND risk_score IS NULL", inUnscored ? after : null, limit - rows.size()));
		}
		return rows;
	}

	private List<Row> timePage(QueueFilter filter, String condition, QueueFilter.@Nullable Position after, int limit) {
		Map<String, Object> params = new HashMap<>();
		StringBuilder sql = new StringBuilder(SELECT).append(where(filter, params)).append(condition);
		if (after != null) {
			sql.append(filter.oldestFirst() ? AFTER_OLDER : AFTER_NEWER);
			params.put("afterAt", utc(after.createdAt()));
			params.put("afterId", after.commentId());
		}
		sql.append(filter.oldestFirst() ? OLDEST_FIRST : NEWEST_FIRST);
		params.put("limit", limit);
		return jdbc.sql(sql.toString()).params(params).query(ReviewItems::map).list();
	}

	private List<Row> riskPage(QueueFilter filter, QueueFilter.@Nullable Position after, int limit) {
		boolean riskiest = filter.order() == QueueOrder.RISKIEST;
		Map<String, Object> params = new HashMap<>();
		StringBuilder sql = new StringBuilder(SELECT).append(where(filter, params))
			.append(" AND risk_score IS NOT NULL");
		if (after != null) {
			sql.append(riskiest ? AFTER_RISKIER : AFTER_LESS_RISKY);
			params.put("afterRisk", after.risk());
			params.put("afterId", after.commentId());
		}
		sql.append(riskiest ? RISKIEST_FIRST : LOWEST_RISK_FIRST);
		params.put("limit", limit);
		return jdbc.sql(sql.toString()).params(params).query(ReviewItems::map).list();
	}

	long count(QueueFilter filter) {
		Map<String, Object> params = new HashMap<>();
		return jdbc.sql(COUNT + where(filter, params)).params(params).query(Long.class).single();
	}

	/** The number of rows of the filter, counted up to {@code cap}. */
	long countUpTo(QueueFilter filter, long cap) {
		Map<String, Object> params = new HashMap<>();
		params.put("cap", cap);
		return jdbc.sql(COUNT_UP_TO + where(filter, params) + COUNT_UP_TO_END)
			.params(params)
			.query(Long.class)
			.single();
	}

	/**
	 * The creation time of the pending comment at this place in the queue (0 = oldest).
	 */
	Optional<Instant> pendingAt(long offset) {
		return jdbc.sql(OLDEST_PENDING)
			.param("offset", offset)
			.query((rs, row) -> instant(rs, "created_at"))
			.optional();
	}

	/**
	 * How many comments received since {@code since} the model held, refused or passed,
	 * by the moderators' last decision on them.
	 */
	record ModelOutcome(String model, @Nullable CommentStatus decided, @Nullable String decidedReason, long comments) {
	}

	List<ModelOutcome> modelOutcomes(Instant since) {
		return jdbc.sql(MODEL_OUTCOMES)
			.param("model", ReasonCode.LIKELY_OFFENSIVE.name())
			.param("since", utc(since))
			.query((rs, row) -> {
				String decided = rs.getString("decided");
				return new ModelOutcome(rs.getString("model"), decided == null ? null : CommentStatus.valueOf(decided),
						rs.getString("decided_reason"), rs.getLong("comments"));
			})
			.list();
	}

	List<Instant> createdSince(Instant since) {
		return jdbc.sql(SINCE).param("since", utc(since)).query((rs, row) -> instant(rs, "created_at")).list();
	}

	private static String where(QueueFilter filter, Map<String, Object> params) {
		List<String> conditions = new ArrayList<>();
		conditions.add("status = :status");
		params.put("status", filter.status().name());
		if (filter.sectionId() != null) {
			conditions.add("section_id = :section");
			params.put("section", filter.sectionId());
		}
		if (filter.articleId() != null) {
			conditions.add("article_id = :article");
			params.put("article", filter.articleId());
		}
		if (filter.reason() != null) {
			conditions.add("reason = :reason");
			params.put("reason", filter.reason().name());
		}
		RiskBand band = filter.band();
		if (band == RiskBand.UNSCORED) {
			conditions.add("risk_score IS NULL");
		}
		else if (band != null) {
			conditions.add("risk_score >= :bandFrom");
			params.put("bandFrom", band.from());
			if (band.to() != null) {
				conditions.add("risk_score < :bandTo");
				params.put("bandTo", band.to());
			}
		}
		if (filter.text() != null) {
			conditions.add("search_text LIKE :text ESCAPE '\\'");
			params.put("text", "%"
					+ SearchText.of(filter.text()).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		return "WHERE " + String.join(" AND ", conditions);
	}

	private static Row map(ResultSet rs, int row) throws SQLException {
		String reason = rs.getString("reason");
		return new Row(rs.getLong("comment_id"), rs.getLong("article_id"), rs.getString("section_slug"),
				CommentStatus.valueOf(rs.getString("status")), reason == null ? null : ReasonCode.valueOf(reason),
				rs.getString("reason_detail"), instant(rs, "created_at"), risk(rs, row));
	}

	private static @Nullable Risk risk(ResultSet rs, int row) throws SQLException {
		double score = rs.getDouble("risk_score");
		if (rs.wasNull()) {
			return null;
		}
		String words = rs.getString("risk_words");
		return new Risk(score,
				words == null || words.isEmpty() ? List.of() : List.of(words.split(RISK_WORDS_SEPARATOR)));
	}

	/** The words as stored, cut to the column's 200 characters at a whole word. */
	private static String riskWords(Risk risk) {
		StringBuilder joined = new StringBuilder();
		for (String word : risk.words()) {
			if (joined.length() + word.length() + 1 > 200) {
				break;
			}
			joined.append(joined.isEmpty() ? "" : RISK_WORDS_SEPARATOR).append(word);
		}
		return joined.toString();
	}

	static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

}
