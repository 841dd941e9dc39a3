package app.khabar.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
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
import org.springframework.stereotype.Repository;

/**
 * The repository of authors' public profiles ({@code article_author}) and of the bylines
 * that name them ({@code article_byline}, one row per author of an article, in order).
 */
@Repository
class Authors {

	private static final String COLUMNS = """
			SELECT id, handle, username, display_name, bio, photo_ref, version, updated_at FROM article_author
			""";

	private static final String BY_ID = COLUMNS + "WHERE id = :id";

	private static final String BY_IDS = COLUMNS + "WHERE id IN (:ids)";

	private static final String BY_HANDLE = COLUMNS + "WHERE handle = :handle";

	private static final String BY_USERNAME = COLUMNS + "WHERE username = :username";

	private static final String STAFF = COLUMNS + "WHERE username IS NOT NULL ORDER BY display_name, id";

	// authors with at least one published article, for sitemaps and the read API
	private static final String WITH_PUBLISHED = """
			WHERE id IN (SELECT b.author_id FROM article_byline b JOIN article_article a ON a.id = b.article_id
			  WHERE a.status = 'PUBLISHED')
			""";

	private static final String PUBLISHED = COLUMNS + WITH_PUBLISHED
			+ "ORDER BY display_name, id LIMIT :limit OFFSET :offset";

	private static final String COUNT_PUBLISHED = "SELECT COUNT(*) FROM article_author\n" + WITH_PUBLISHED;

	private static final String INSERT = """
			INSERT INTO article_author (handle, username, display_name, bio, photo_ref, created_at, updated_at)
			VALUES (:handle, :username, :name, :bio, NULL, :now, :now)
			""";

	private static final String UPDATE = """
			UPDATE article_author
			SET display_name = :name, bio = :bio, photo_ref = :photo, updated_at = :now, version = version + 1
			WHERE id = :id AND version = :version
			""";

	private static final String BYLINES_OF = """
			SELECT b.article_id, u.id, u.handle, u.display_name
			FROM article_byline b JOIN article_author u ON u.id = b.author_id
			WHERE b.article_id IN (:ids) ORDER BY b.article_id, b.position
			""";

	private static final String DELETE_BYLINE = "DELETE FROM article_byline WHERE article_id = :article";

	private static final String INSERT_BYLINE = """
			INSERT INTO article_byline (article_id, position, author_id) VALUES (:article, :position, :author)
			""";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	Authors(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	Optional<AuthorProfile> find(long id) {
		return jdbc.sql(BY_ID).param("id", id).query(Authors::map).optional();
	}

	/** The profiles of these ids, by id; unknown ids are left out. */
	Map<Long, AuthorProfile> findAll(Collection<Long> ids) {
		Map<Long, AuthorProfile> found = new HashMap<>();
		if (!ids.isEmpty()) {
			jdbc.sql(BY_IDS).param("ids", ids).query(Authors::map).list().forEach(a -> found.put(a.id(), a));
		}
		return found;
	}

	Optional<AuthorProfile> findByHandle(String handle) {
		return jdbc.sql(BY_HANDLE).param("handle", handle).query(Authors::map).optional();
	}

	Optional<AuthorProfile> findByUsername(String username) {
		return jdbc.sql(BY_USERNAME).param("username", username).query(Authors::map).optional();
	}

	List<AuthorProfile> staff() {
		return jdbc.sql(STAFF).query(Authors::map).list();
	}

	List<AuthorProfile> published(int limit, long offset) {
		return jdbc.sql(PUBLISHED).param("limit", limit).param("offset", offset).query(Authors::map).list();
	}

	long countPublished() {
		return jdbc.sql(COUNT_PUBLISHED).query(Long.class).single();
	}

	void insert(String handle, @Nullable String username, String name, String bio, Instant now) {
		jdbc.sql(INSERT)
			.param("handle", handle)
			.param("username", username)
			.param("name", name)
			.param("bio", bio)
			.param("now", Articles.utc(now))
			.update();
	}

	/** False when the version moved (nothing changed then). */
	boolean update(long id, ProfileChange change, Instant now) {
		return jdbc.sql(UPDATE)
			.param("id", id)
			.param("version", change.version())
			.param("name", change.name())
			.param("bio", change.bio())
			.param("photo", change.photoRef())
			.param("now", Articles.utc(now))
			.update() == 1;
	}

	/** The byline authors of these articles, in order, by article id. */
	Map<Long, List<BylineAuthor>> bylinesOf(Collection<Long> articleIds) {
		Map<Long, List<BylineAuthor>> bylines = new HashMap<>();
		if (articleIds.isEmpty()) {
			return bylines;
		}
		jdbc.sql(BYLINES_OF).param("ids", articleIds).query(rs -> {
			bylines.computeIfAbsent(rs.getLong("article_id"), id -> new ArrayList<>())
				.add(new BylineAuthor(rs.getLong("id"), rs.getString("handle"), rs.getString("display_name")));
		});
		return bylines;
	}

	void replaceByline(long articleId, List<Long> authorIds) {
		jdbc.sql(DELETE_BYLINE).param("article", articleId).update();
		for (int i = 0; i < authorIds.size(); i++) {
			jdbc.sql(INSERT_BYLINE)
				.param("article", articleId)
				.param("position", i)
				.param("author", authorIds.get(i))
				.update();
		}
	}

	/** The bylines of new articles (none has one yet), in one batch. */
	void insertBylines(Map<Long, List<Long>> authorIdsByArticle) {
		var rows = new ArrayList<SqlParameterSource>();
		authorIdsByArticle.forEach((article, authorIds) -> {
			for (int i = 0; i < authorIds.size(); i++) {
				rows.add(new MapSqlParameterSource().addValue("article", article)
					.addValue("position", i)
					.addValue("author", authorIds.get(i)));
			}
		});
		if (!rows.isEmpty()) {
			batch.batchUpdate(INSERT_BYLINE, rows.toArray(SqlParameterSource[]::new));
		}
	}

	private static AuthorProfile map(ResultSet rs, int row) throws SQLException {
		Instant updated = Articles.instantOrNull(rs, "updated_at");
		return new AuthorProfile(rs.getLong("id"), rs.getString("handle"), rs.getString("username"),
				rs.getString("display_name"), rs.getString("bio"), rs.getString("photo_ref"), rs.getLong("version"),
				updated == null ? Instant.EPOCH : updated);
	}

}
