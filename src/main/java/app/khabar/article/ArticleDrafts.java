package app.khabar.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.khabar.shared.PageRequest;

/**
 * The write side of {@code article_article} and the newsroom's reads of it. Every write is version-checked: it
 * changes a row only at the version the caller read, and moves the version on.
 */
@Repository
class ArticleDrafts {

	private static final String STATE = """
			SELECT status, version, created_by, scheduled_at, published_at FROM article_article WHERE id = :id
			""";

	private static final String SET_CREATED_BY = """
			UPDATE article_article SET created_by = :by WHERE id = :id
			""";

	private static final String UPDATE_CONTENT = """
			UPDATE article_article
			SET section_id = :section, kind = :kind, kicker = :kicker, title = :title, lead = :lead, body_html = :body,
			  slug = :slug, source_outlet = :outlet, source_agency = :agency, reporter = :reporter,
			  media_type = :mediaType, media_ref = :mediaRef, media_caption = :mediaCaption,
			  comments_open = :commentsOpen, moderation_mode = :mode, comments_close_days = :closeDays,
			  updated_at = :now, version = version + 1
			WHERE id = :id AND version = :version
			""";

	private static final String DELETE_TAGS = """
			DELETE FROM article_tag WHERE article_id = :id
			""";

	private static final String INSERT_TAG = """
			INSERT INTO article_tag (article_id, position, name) VALUES (:id, :position, :name)
			""";

	private static final String MOVE = """
			UPDATE article_article
			SET status = :status, scheduled_at = :scheduledAt, published_at = :publishedAt, updated_at = :now,
			  version = version + 1
			WHERE id = :id AND version = :version
			""";

	private static final String TOUCH = """
			UPDATE article_article SET updated_at = :now, version = version + 1 WHERE id = :id AND version = :version
			""";

	// comment settings only: not "updated" for readers (updated_at stays), but the version moves, so an editor's
	// form opened before fails its version check instead of silently reopening the comments
	private static final String SET_COMMENTS = """
			UPDATE article_article
			SET comments_open = :open, moderation_mode = :mode, comments_close_days = :closeDays, version = version + 1
			WHERE id = :id AND version = :version
			""";

	private static final String DUE = """
			SELECT id FROM article_article WHERE status = 'SCHEDULED' AND scheduled_at <= :now ORDER BY scheduled_at, id
			""";

	// The claim: of any number of racing schedulers (threads or nodes), exactly one changes the row.
	private static final String CLAIM_DUE = """
			UPDATE article_article
			SET status = 'PUBLISHED', published_at = :now, updated_at = :now, version = version + 1
			WHERE id = :id AND status = 'SCHEDULED' AND scheduled_at <= :now
			""";

	private static final String ROWS = """
			SELECT a.id, a.title, a.status, a.created_by, a.updated_at, a.scheduled_at, a.published_at,
			  s.name AS section_name
			FROM article_article a JOIN article_section s ON s.id = a.section_id
			""";

	private static final String BY_STATUS = ROWS + """
			WHERE a.status = :status
			ORDER BY a.updated_at DESC, a.id DESC LIMIT :limit OFFSET :offset
			""";

	private static final String SCHEDULED = ROWS + """
			WHERE a.status = 'SCHEDULED'
			ORDER BY a.scheduled_at, a.id LIMIT :limit OFFSET :offset
			""";

	private static final String PUBLISHED = ROWS + """
			WHERE a.status = 'PUBLISHED'
			ORDER BY a.published_at DESC, a.id DESC LIMIT :limit OFFSET :offset
			""";

	private static final String BY_AUTHOR = ROWS + """
			WHERE a.created_by = :author AND a.status <> 'RETRACTED'
			ORDER BY a.updated_at DESC, a.id DESC LIMIT :limit OFFSET :offset
			""";

	private static final String PUBLISHED_BY_TITLE = ROWS + """
			WHERE a.status = 'PUBLISHED' AND LOWER(a.title) LIKE :pattern
			ORDER BY a.published_at DESC, a.id DESC LIMIT :limit
			""";

	private final JdbcClient jdbc;

	ArticleDrafts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What a command needs to decide: status, version, owner, times. */
	record State(ArticleStatus status, long version, @Nullable String createdBy, @Nullable Instant scheduledAt,
			@Nullable Instant publishedAt) {
	}

	Optional<State> state(long id) {
		return jdbc.sql(STATE)
			.param("id", id)
			.query((rs, row) -> new State(ArticleStatus.valueOf(rs.getString("status")), rs.getLong("version"),
					rs.getString("created_by"), instant(rs, "scheduled_at"), instant(rs, "published_at")))
			.optional();
	}

	Optional<Instant> scheduledAt(long id) {
		return state(id).map(State::scheduledAt);
	}

	void setCreatedBy(long id, String author) {
		jdbc.sql(SET_CREATED_BY).param("id", id).param("by", author).update();
	}

	/** Replaces the content at {@code version}; false when the version moved (nothing changed then). */
	boolean updateContent(long id, long version, ArticleContent c, String slug, Instant now) {
		int rows = jdbc.sql(UPDATE_CONTENT)
			.param("id", id)
			.param("version", version)
			.param("section", c.sectionId())
			.param("kind", c.kind().name())
			.param("kicker", c.kicker())
			.param("title", c.title())
			.param("lead", c.lead())
			.param("body", c.bodyHtml())
			.param("slug", slug)
			.param("outlet", c.source().outlet())
			.param("agency", c.source().agency())
			.param("reporter", c.source().reporter())
			.param("mediaType", c.media().type().name())
			.param("mediaRef", c.media().ref())
			.param("mediaCaption", c.media().caption())
			.param("commentsOpen", c.comments().open())
			.param("mode", c.comments().mode().name())
			.param("closeDays", c.comments().closeAfterDays())
			.param("now", Articles.utc(now))
			.update();
		if (rows == 0) {
			return false;
		}
		jdbc.sql(DELETE_TAGS).param("id", id).update();
		for (int i = 0; i < c.tags().size(); i++) {
			jdbc.sql(INSERT_TAG).param("id", id).param("position", i).param("name", c.tags().get(i)).update();
		}
		return true;
	}

	/** Moves the article to {@code status} at {@code version}; false when the version moved. */
	boolean move(long id, long version, ArticleStatus status, @Nullable Instant scheduledAt,
			@Nullable Instant publishedAt, Instant now) {
		return jdbc.sql(MOVE)
			.param("id", id)
			.param("version", version)
			.param("status", status.name())
			.param("scheduledAt", scheduledAt == null ? null : Articles.utc(scheduledAt))
			.param("publishedAt", publishedAt == null ? null : Articles.utc(publishedAt))
			.param("now", Articles.utc(now))
			.update() == 1;
	}

	/** A change readers see that is not content (a correction note): new version, new updated time. */
	boolean touch(long id, long version, Instant now) {
		return jdbc.sql(TOUCH).param("id", id).param("version", version).param("now", Articles.utc(now)).update() == 1;
	}

	/** Sets the comment settings at {@code version}; false when the version moved. */
	boolean setComments(long id, long version, CommentSettings settings) {
		return jdbc.sql(SET_COMMENTS)
			.param("id", id)
			.param("version", version)
			.param("open", settings.open())
			.param("mode", settings.mode().name())
			.param("closeDays", settings.closeAfterDays())
			.update() == 1;
	}

	List<Long> due(Instant now) {
		return jdbc.sql(DUE).param("now", Articles.utc(now)).query(Long.class).list();
	}

	boolean claimDue(long id, Instant now) {
		return jdbc.sql(CLAIM_DUE).param("id", id).param("now", Articles.utc(now)).update() == 1;
	}

	List<DeskRow> byStatus(ArticleStatus status, PageRequest page) {
		String sql = switch (status) {
			case SCHEDULED -> SCHEDULED;
			case PUBLISHED -> PUBLISHED;
			default -> BY_STATUS;
		};
		return jdbc.sql(sql)
			.param("status", status.name())
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(ArticleDrafts::mapRow)
			.list();
	}

	List<DeskRow> byAuthor(String author, PageRequest page) {
		return jdbc.sql(BY_AUTHOR)
			.param("author", author)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(ArticleDrafts::mapRow)
			.list();
	}

	List<DeskRow> publishedByTitle(String text, int limit) {
		String pattern = "%" + text.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
			.replace("_", "\\_") + "%";
		return jdbc.sql(PUBLISHED_BY_TITLE)
			.param("pattern", pattern)
			.param("limit", limit)
			.query(ArticleDrafts::mapRow)
			.list();
	}

	private static DeskRow mapRow(ResultSet rs, int row) throws SQLException {
		return new DeskRow(rs.getLong("id"), rs.getString("title"), ArticleStatus.valueOf(rs.getString("status")),
				rs.getString("section_name"), rs.getString("created_by"), instant(rs, "updated_at"),
				instant(rs, "scheduled_at"), instant(rs, "published_at"));
	}

	static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
