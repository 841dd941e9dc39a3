package app.khabar.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Revisions of articles, full content each. An author keeps one autosave per article: a
 * newer one replaces it.
 */
@Repository
class Revisions {

	private static final String INSERT = """
			INSERT INTO article_revision (article_id, article_version, kind, author, created_at, section_id,
			  article_kind, kicker, title, lead, body_html, source_outlet, source_agency, byline_text, byline_authors, tags,
			  media_type, media_ref, media_caption, comments_open, moderation_mode, comments_close_days)
			VALUES (:article, :version, :revisionKind, :author, :now, :section, :kind, :kicker, :title, :lead, :body,
			  :outlet, :agency, :bylineText, :bylineAuthors, :tags, :mediaType, :mediaRef, :mediaCaption, :commentsOpen, :mode,
			  :closeDays)
			""";

	private static final String DELETE_AUTOSAVES = """
			DELETE FROM article_revision WHERE article_id = :article AND author = :author AND kind = 'AUTOSAVE'
			""";

	private static final String COLUMNS = """
			SELECT id, article_id, article_version, kind, author, created_at, section_id, article_kind, kicker, title,
			  lead, body_html, source_outlet, source_agency, byline_text, byline_authors, tags, media_type, media_ref, media_caption,
			  comments_open, moderation_mode, comments_close_days
			FROM article_revision
			""";

	private static final String BY_ID = COLUMNS + "WHERE id = :id";

	private static final String OF_ARTICLE = COLUMNS + "WHERE article_id = :article ORDER BY id DESC LIMIT :limit";

	private static final String AUTOSAVE = COLUMNS + """
			WHERE article_id = :article AND author = :author AND kind = 'AUTOSAVE' ORDER BY id DESC LIMIT 1
			""";

	private final JdbcClient jdbc;

	private final Authors authors;

	Revisions(JdbcClient jdbc, Authors authors) {
		this.jdbc = jdbc;
		this.authors = authors;
	}

	long insert(long articleId, long articleVersion, Revision.Kind kind, String author, ArticleContent c, Instant now) {
		if (kind == Revision.Kind.AUTOSAVE) {
			jdbc.sql(DELETE_AUTOSAVES).param("article", articleId).param("author", author).update();
		}
		var keys = new GeneratedKeyHolder();
		jdbc.sql(INSERT)
			.params(Articles.contentParams(c))
			.param("article", articleId)
			.param("version", articleVersion)
			.param("revisionKind", kind.name())
			.param("author", author)
			.param("now", Articles.utc(now))
			.param("bylineAuthors", String.join(",", c.byline().authorIds().stream().map(String::valueOf).toList()))
			.param("tags", String.join("\n", c.tags()))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	Optional<Revision> find(long id) {
		return jdbc.sql(BY_ID).param("id", id).query(Revisions::map).optional().map(this::withAuthors);
	}

	List<Revision> ofArticle(long articleId, int limit) {
		return jdbc.sql(OF_ARTICLE)
			.param("article", articleId)
			.param("limit", limit)
			.query(Revisions::map)
			.list()
			.stream()
			.map(this::withAuthors)
			.toList();
	}

	Optional<Revision> autosave(long articleId, String author) {
		return jdbc.sql(AUTOSAVE)
			.param("article", articleId)
			.param("author", author)
			.query(Revisions::map)
			.optional()
			.map(this::withAuthors);
	}

	/**
	 * The revision's byline with the authors' current names (the row keeps their ids);
	 * authors since removed are left out.
	 */
	private Revision withAuthors(Revision revision) {
		ArticleContent c = revision.content();
		if (c.byline().authors().isEmpty()) {
			return revision;
		}
		var found = authors.findAll(c.byline().authorIds());
		var byline = new Byline(
				c.byline().authorIds().stream().filter(found::containsKey).map(id -> found.get(id).byline()).toList(),
				c.byline().text());
		return new Revision(revision.id(), revision.articleId(), revision.articleVersion(), revision.kind(),
				revision.author(), revision.createdAt(), new ArticleContent(c.sectionId(), c.kind(), c.kicker(),
						c.title(), c.lead(), c.bodyHtml(), c.source(), byline, c.tags(), c.media(), c.comments()));
	}

	/** Placeholders with the ids alone, named by {@link #withAuthors}. */
	private static List<BylineAuthor> authorIds(String ids) {
		return ids.isEmpty() ? List.of()
				: Arrays.stream(ids.split(",")).map(id -> new BylineAuthor(Long.parseLong(id), "", "")).toList();
	}

	private static Revision map(ResultSet rs, int row) throws SQLException {
		String tags = rs.getString("tags");
		int closeDays = rs.getInt("comments_close_days");
		Integer close = rs.wasNull() ? null : closeDays;
		var content = new ArticleContent(rs.getLong("section_id"), ArticleKind.valueOf(rs.getString("article_kind")),
				rs.getString("kicker"), rs.getString("title"), rs.getString("lead"), rs.getString("body_html"),
				new Source(rs.getString("source_outlet"), rs.getString("source_agency")),
				new Byline(authorIds(rs.getString("byline_authors")), rs.getString("byline_text")),
				tags.isEmpty() ? List.of() : Arrays.asList(tags.split("\n")),
				new Media(Media.Type.valueOf(rs.getString("media_type")), rs.getString("media_ref"),
						rs.getString("media_caption")),
				new CommentSettings(rs.getBoolean("comments_open"),
						ModerationMode.valueOf(rs.getString("moderation_mode")), close));
		return new Revision(rs.getLong("id"), rs.getLong("article_id"), rs.getLong("article_version"),
				Revision.Kind.valueOf(rs.getString("kind")), rs.getString("author"),
				Articles.instantOrNull(rs, "created_at"), content);
	}

}
