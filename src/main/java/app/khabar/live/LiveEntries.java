package app.khabar.live;

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

import app.khabar.article.Media;

/**
 * The live tables: coverages, their entries and the reporters' drafts. Every write that
 * readers see also moves the coverage's version ({@link #touch}).
 */
@Repository
class LiveEntries {

	private static final String COLUMNS = """
			id, article_id, posted_at, title, body_html, media_type, media_ref, byline, posted_by, pin_rank,
			corrected_at, removed_at, breakout_article_id
			""";

	private final JdbcClient jdbc;

	LiveEntries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Starts coverage of an article, unless it already has one. */
	boolean start(long articleId, Instant at) {
		if (coverage(articleId).isPresent()) {
			return false;
		}
		jdbc.sql("INSERT INTO live_coverage (article_id, started_at, version) VALUES (:id, :at, 1)")
			.param("id", articleId)
			.param("at", utc(at))
			.update();
		return true;
	}

	Optional<Row> coverage(long articleId) {
		return jdbc.sql("SELECT article_id, started_at, ended_at, version FROM live_coverage WHERE article_id = :id")
			.param("id", articleId)
			.query((rs, n) -> new Row(rs.getLong("article_id"), instant(rs, "started_at"), instant(rs, "ended_at"),
					rs.getLong("version")))
			.optional();
	}

	/** Locks the coverage row until the transaction ends, so writers take turns. */
	Optional<Row> lock(long articleId) {
		return jdbc.sql(
				"SELECT article_id, started_at, ended_at, version FROM live_coverage WHERE article_id = :id FOR UPDATE")
			.param("id", articleId)
			.query((rs, n) -> new Row(rs.getLong("article_id"), instant(rs, "started_at"), instant(rs, "ended_at"),
					rs.getLong("version")))
			.optional();
	}

	/** Moves the coverage's version: whatever readers see of it may differ. */
	void touch(long articleId) {
		jdbc.sql("UPDATE live_coverage SET version = version + 1 WHERE article_id = :id")
			.param("id", articleId)
			.update();
	}

	void end(long articleId, Instant at) {
		jdbc.sql("UPDATE live_coverage SET ended_at = :at WHERE article_id = :id AND ended_at IS NULL")
			.param("id", articleId)
			.param("at", utc(at))
			.update();
	}

	long insert(long articleId, Instant at, @Nullable String title, String bodyHtml, Media media, String byline,
			String postedBy) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql(
				"""
						INSERT INTO live_entry (article_id, posted_at, title, body_html, media_type, media_ref, byline, posted_by)
						VALUES (:article, :at, :title, :body, :mediaType, :mediaRef, :byline, :by)
						""")
			.param("article", articleId)
			.param("at", utc(at))
			.param("title", title)
			.param("body", bodyHtml)
			.param("mediaType", media.type().name())
			.param("mediaRef", media.ref())
			.param("byline", byline)
			.param("by", postedBy)
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	Optional<LiveEntry> entry(long entryId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM live_entry WHERE id = :id")
			.param("id", entryId)
			.query(LiveEntries::map)
			.optional();
	}

	/** Every entry of the coverage, removed ones too, oldest first. */
	List<LiveEntry> entries(long articleId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM live_entry WHERE article_id = :id ORDER BY id")
			.param("id", articleId)
			.query(LiveEntries::map)
			.list();
	}

	void correct(long entryId, @Nullable String title, String bodyHtml, Media media, Instant at) {
		jdbc.sql("""
				UPDATE live_entry SET title = :title, body_html = :body, media_type = :mediaType, media_ref = :mediaRef,
				  corrected_at = :at
				WHERE id = :id
				""")
			.param("id", entryId)
			.param("title", title)
			.param("body", bodyHtml)
			.param("mediaType", media.type().name())
			.param("mediaRef", media.ref())
			.param("at", utc(at))
			.update();
	}

	void remove(long entryId, Instant at) {
		jdbc.sql("UPDATE live_entry SET removed_at = :at, pin_rank = NULL WHERE id = :id")
			.param("id", entryId)
			.param("at", utc(at))
			.update();
	}

	void pinRank(long entryId, @Nullable Integer rank) {
		jdbc.sql("UPDATE live_entry SET pin_rank = :rank WHERE id = :id")
			.param("id", entryId)
			.param("rank", rank)
			.update();
	}

	void breakout(long entryId, long articleId) {
		jdbc.sql("UPDATE live_entry SET breakout_article_id = :article WHERE id = :id")
			.param("id", entryId)
			.param("article", articleId)
			.update();
	}

	/** The coverages that are still live, newest first. */
	List<Long> live(int limit) {
		return jdbc
			.sql("SELECT article_id FROM live_coverage WHERE ended_at IS NULL ORDER BY started_at DESC LIMIT :limit")
			.param("limit", limit)
			.query(Long.class)
			.list();
	}

	/** The last change readers see of each coverage: newest entry, correction or end. */
	java.util.Map<Long, Instant> lastUpdates() {
		java.util.Map<Long, Instant> last = new java.util.HashMap<>();
		jdbc.sql(
				"""
						SELECT c.article_id, c.started_at, c.ended_at, MAX(e.posted_at) AS posted, MAX(e.corrected_at) AS corrected
						FROM live_coverage c LEFT JOIN live_entry e ON e.article_id = c.article_id AND e.removed_at IS NULL
						GROUP BY c.article_id, c.started_at, c.ended_at
						""")
			.query((rs, n) -> {
				Instant at = instant(rs, "started_at");
				for (String column : java.util.List.of("ended_at", "posted", "corrected")) {
					Instant other = instant(rs, column);
					if (other != null && other.isAfter(at)) {
						at = other;
					}
				}
				last.put(rs.getLong("article_id"), at);
				return at;
			})
			.list();
		return last;
	}

	Optional<LiveDraft> draft(long articleId, String username) {
		return jdbc.sql("SELECT title, body, saved_at FROM live_draft WHERE article_id = :id AND username = :user")
			.param("id", articleId)
			.param("user", username)
			.query((rs, n) -> new LiveDraft(rs.getString("title"), rs.getString("body"), instant(rs, "saved_at")))
			.optional();
	}

	void saveDraft(long articleId, String username, String title, String body, Instant at) {
		deleteDraft(articleId, username);
		jdbc.sql(
				"""
						INSERT INTO live_draft (article_id, username, title, body, saved_at) VALUES (:id, :user, :title, :body, :at)
						""")
			.param("id", articleId)
			.param("user", username)
			.param("title", title)
			.param("body", body)
			.param("at", utc(at))
			.update();
	}

	void deleteDraft(long articleId, String username) {
		jdbc.sql("DELETE FROM live_draft WHERE article_id = :id AND username = :user")
			.param("id", articleId)
			.param("user", username)
			.update();
	}

	record Row(long articleId, Instant startedAt, @Nullable Instant endedAt, long version) {
	}

	private static LiveEntry map(ResultSet rs, int row) throws SQLException {
		Media.Type type = Media.Type.valueOf(rs.getString("media_type"));
		long breakout = rs.getLong("breakout_article_id"); // 0 for NULL: ids start at 1
		Integer rank = (Integer) rs.getObject("pin_rank", Integer.class);
		return new LiveEntry(rs.getLong("id"), rs.getLong("article_id"), instant(rs, "posted_at"),
				rs.getString("title"), rs.getString("body_html"),
				type == Media.Type.NONE ? Media.NONE : new Media(type, rs.getString("media_ref"), null),
				rs.getString("byline"), rs.getString("posted_by"), rank, instant(rs, "corrected_at"),
				instant(rs, "removed_at"), breakout == 0 ? null : breakout);
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
		return time == null ? null : time.toInstant();
	}

	private static OffsetDateTime utc(Instant at) {
		return at.atOffset(ZoneOffset.UTC);
	}

}
