package app.khabar.wordpress;

import java.sql.DatabaseMetaData;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Repository;

/**
 * What each imported WordPress site's posts, comments and terms became, by their
 * WordPress ids and slugs: the memory that makes an import idempotent and the index the
 * old URLs are looked up in.
 */
@Repository
class ImportRecords {

	private static final String FIND_SITE = """
			SELECT id FROM wordpress_site WHERE site_key = :key
			""";

	private static final String INSERT_SITE = """
			INSERT INTO wordpress_site (site_key, host, path_prefix, title, imported_at)
			VALUES (:key, :host, :prefix, :title, :now)
			""";

	private static final String TOUCH_SITE = """
			UPDATE wordpress_site SET imported_at = :now WHERE id = :id
			""";

	private static final String SITES = """
			SELECT id, site_key, host, path_prefix FROM wordpress_site ORDER BY id
			""";

	private static final String POST = """
			SELECT wp_id, post_type, article_id, media_ref FROM wordpress_post WHERE site_id = :site AND wp_id = :wpId
			""";

	private static final String POST_BY_GUID = """
			SELECT wp_id, post_type, article_id, media_ref FROM wordpress_post WHERE site_id = :site AND guid = :guid LIMIT 1
			""";

	// The batch look-ups run with custom plans on PostgreSQL (withCustomPlans): the
	// generic plan that a prepared
	// statement settles on after five runs was made while the import's tables were still
	// empty, and it looks the
	// site's rows up by site_id alone and filters the ids, so each batch read every
	// record of the site (78 ms a batch
	// at 100,000 comments, growing with them; bench/RESULTS.md, issue 12). The keys go as
	// one array.
	private static final String POSTS = """
			SELECT wp_id, post_type, article_id, media_ref FROM wordpress_post WHERE site_id = :site AND wp_id = ANY(:wpIds)
			""";

	private static final String POSTS_BY_GUID = """
			SELECT wp_id, guid, post_type, article_id, media_ref FROM wordpress_post WHERE site_id = :site AND guid = ANY(:guids)
			""";

	private static final String INSERT_POST = """
			INSERT INTO wordpress_post (site_id, wp_id, guid, post_type, slug, article_id, media_ref)
			VALUES (:site, :wpId, :guid, :type, :slug, :articleId, :mediaRef)
			""";

	private static final String ARTICLES_BY_SLUG = """
			SELECT article_id FROM wordpress_post
			WHERE slug = :slug AND article_id IS NOT NULL ORDER BY site_id DESC, wp_id DESC LIMIT 5
			""";

	private static final String ARTICLE_BY_WP_ID = """
			SELECT article_id FROM wordpress_post
			WHERE wp_id = :wpId AND article_id IS NOT NULL ORDER BY site_id DESC LIMIT 1
			""";

	private static final String COMMENT = """
			SELECT comment_id, wp_post_id FROM wordpress_comment WHERE site_id = :site AND wp_id = :wpId
			""";

	private static final String COMMENTS = """
			SELECT wp_id, comment_id, wp_post_id FROM wordpress_comment WHERE site_id = :site AND wp_id = ANY(:wpIds)
			""";

	private static final String INSERT_COMMENT = """
			INSERT INTO wordpress_comment (site_id, wp_id, wp_post_id, comment_id, author_email, author_url)
			VALUES (:site, :wpId, :wpPostId, :commentId, :email, :url)
			""";

	private static final String ADD_IMAGE_ORIGIN = """
			INSERT INTO wordpress_image_origin (origin) VALUES (:origin) ON CONFLICT DO NOTHING
			""";

	private static final String IMAGE_ORIGINS = """
			SELECT origin FROM wordpress_image_origin ORDER BY origin
			""";

	private static final String TERM_ANY_SITE = """
			SELECT target FROM wordpress_term WHERE taxonomy = :taxonomy AND slug = :slug ORDER BY site_id DESC LIMIT 1
			""";

	private static final String INSERT_TERM = """
			INSERT INTO wordpress_term (site_id, taxonomy, slug, term_id, target)
			VALUES (:site, :taxonomy, :slug, :termId, :target)
			ON CONFLICT DO NOTHING
			""";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	private final DataSource dataSource;

	private volatile @Nullable Boolean postgres;

	ImportRecords(JdbcClient jdbc, NamedParameterJdbcTemplate batch, DataSource dataSource) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.dataSource = dataSource;
	}

	/**
	 * Lets the caller's transaction commit without waiting for its log to reach the disk
	 * (PostgreSQL's {@code synchronous_commit = off} for this transaction only; nothing
	 * on H2). It stays whole: a crash of the database may lose the last transactions of
	 * this kind, never part of one, and the import's records go with them, so running the
	 * import again stores what was lost. The first synchronous commit after them (see
	 * {@link #touchSite}) makes them all durable.
	 */
	void commitWithoutWaiting() {
		if (isPostgres()) {
			jdbc.sql("SET LOCAL synchronous_commit TO OFF").update();
		}
	}

	/**
	 * Runs the look-ups with plans made for their own keys (PostgreSQL's
	 * {@code plan_cache_mode}, for this transaction only; the statements after them get
	 * the default back).
	 */
	private <T> T withCustomPlans(java.util.function.Supplier<T> lookUps) {
		if (!isPostgres()) {
			return lookUps.get();
		}
		jdbc.sql("SET LOCAL plan_cache_mode TO force_custom_plan").update();
		T found = lookUps.get();
		jdbc.sql("SET LOCAL plan_cache_mode TO DEFAULT").update();
		return found;
	}

	/** Marks the site imported now. */
	void touchSite(long site, Instant now) {
		jdbc.sql(TOUCH_SITE).param("id", site).param("now", now.atOffset(java.time.ZoneOffset.UTC)).update();
	}

	private boolean isPostgres() {
		Boolean known = postgres;
		if (known == null) {
			try {
				known = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName)
					.startsWith("PostgreSQL");
			}
			catch (MetaDataAccessException ex) {
				known = false;
			}
			postgres = known;
		}
		return known;
	}

	/** An imported site: where it was. */
	record Site(long id, String key, String host, String pathPrefix) {
	}

	/** What a WordPress post became. */
	record Post(long wpId, String type, @Nullable Long articleId, @Nullable String mediaRef) {
	}

	/** What a WordPress comment became. */
	record Comment(long commentId, long wpPostId) {
	}

	long site(String key, String host, String pathPrefix, String title, Instant now) {
		Optional<Long> existing = jdbc.sql(FIND_SITE).param("key", key).query(Long.class).optional();
		if (existing.isPresent()) {
			jdbc.sql(TOUCH_SITE)
				.param("id", existing.get())
				.param("now", now.atOffset(java.time.ZoneOffset.UTC))
				.update();
			return existing.get();
		}
		var keys = new GeneratedKeyHolder();
		jdbc.sql(INSERT_SITE)
			.param("key", key)
			.param("host", host)
			.param("prefix", pathPrefix)
			.param("title", title.length() > 400 ? title.substring(0, 400) : title)
			.param("now", now.atOffset(java.time.ZoneOffset.UTC))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	List<Site> sites() {
		return jdbc.sql(SITES)
			.query((rs, row) -> new Site(rs.getLong("id"), rs.getString("site_key"), rs.getString("host"),
					rs.getString("path_prefix")))
			.list();
	}

	Optional<Post> post(long site, long wpId, String guid) {
		Optional<Post> byId = jdbc.sql(POST).param("site", site).param("wpId", wpId).query(this::post).optional();
		if (byId.isPresent() || guid.isBlank()) {
			return byId;
		}
		return jdbc.sql(POST_BY_GUID)
			.param("site", site)
			.param("guid", cut(guid, 500))
			.query(this::post)
			.list()
			.stream()
			.findFirst();
	}

	/**
	 * What these posts of a site became, by WordPress id: found by id, else by GUID (a
	 * site moved between exports keeps its GUIDs); posts of neither are left out.
	 */
	Map<Long, Post> posts(long site, Map<Long, String> guidsByWpId) {
		return withCustomPlans(() -> postsPlanned(site, guidsByWpId));
	}

	private Map<Long, Post> postsPlanned(long site, Map<Long, String> guidsByWpId) {
		var found = new HashMap<Long, Post>();
		List<Long> ids = List.copyOf(guidsByWpId.keySet());
		for (int from = 0; from < ids.size(); from += 1000) {
			jdbc.sql(POSTS)
				.param("site", site)
				.param("wpIds",
						new SqlArrayValue("BIGINT", ids.subList(from, Math.min(ids.size(), from + 1000)).toArray()))
				.query((rs, row) -> found.put(rs.getLong("wp_id"), post(rs, row)))
				.list();
		}
		var byGuid = new HashMap<String, Long>();
		guidsByWpId.forEach((wpId, guid) -> {
			if (!found.containsKey(wpId) && !guid.isBlank()) {
				byGuid.putIfAbsent(cut(guid, 500), wpId);
			}
		});
		List<String> guids = List.copyOf(byGuid.keySet());
		for (int from = 0; from < guids.size(); from += 1000) {
			jdbc.sql(POSTS_BY_GUID)
				.param("site", site)
				.param("guids",
						new SqlArrayValue("VARCHAR",
								guids.subList(from, Math.min(guids.size(), from + 1000)).toArray()))
				.query((rs, row) -> found.putIfAbsent(byGuid.get(rs.getString("guid")), post(rs, row)))
				.list();
		}
		return found;
	}

	/** A post's record, as {@link #addPosts} stores it. */
	record NewPost(long wpId, String guid, String type, String slug, @Nullable Long articleId,
			@Nullable String mediaRef) {
	}

	/** Records what a site's WordPress posts became, in one batch. */
	void addPosts(long site, List<NewPost> posts) {
		if (posts.isEmpty()) {
			return;
		}
		batch.batchUpdate(INSERT_POST,
				posts.stream()
					.map(post -> new MapSqlParameterSource().addValue("site", site)
						.addValue("wpId", post.wpId())
						.addValue("guid", post.guid().isBlank() ? null : cut(post.guid(), 500))
						.addValue("type", cut(post.type(), 40))
						.addValue("slug", cut(post.slug(), 400))
						.addValue("articleId", post.articleId())
						.addValue("mediaRef", post.mediaRef()))
					.toArray(SqlParameterSource[]::new));
	}

	void addPost(long site, long wpId, String guid, String type, String slug, @Nullable Long articleId,
			@Nullable String mediaRef) {
		jdbc.sql(INSERT_POST)
			.param("site", site)
			.param("wpId", wpId)
			.param("guid", guid.isBlank() ? null : cut(guid, 500))
			.param("type", cut(type, 40))
			.param("slug", cut(slug, 400))
			.param("articleId", articleId)
			.param("mediaRef", mediaRef)
			.update();
	}

	/**
	 * Articles of any imported site whose folded WordPress slug is this one, newest site
	 * first.
	 */
	List<Long> articlesBySlug(String slug) {
		return jdbc.sql(ARTICLES_BY_SLUG).param("slug", cut(slug, 400)).query(Long.class).list();
	}

	Optional<Long> articleByWordPressId(long wpId) {
		return jdbc.sql(ARTICLE_BY_WP_ID).param("wpId", wpId).query(Long.class).list().stream().findFirst();
	}

	Optional<Comment> comment(long site, long wpId) {
		return jdbc.sql(COMMENT)
			.param("site", site)
			.param("wpId", wpId)
			.query((rs, row) -> new Comment(rs.getLong("comment_id"), rs.getLong("wp_post_id")))
			.optional();
	}

	/** What these WordPress comments of a site became, by their WordPress id. */
	Map<Long, Comment> comments(long site, Collection<Long> wpIds) {
		return withCustomPlans(() -> commentsPlanned(site, wpIds));
	}

	private Map<Long, Comment> commentsPlanned(long site, Collection<Long> wpIds) {
		var found = new HashMap<Long, Comment>();
		List<Long> ids = List.copyOf(wpIds);
		for (int from = 0; from < ids.size(); from += 1000) {
			jdbc.sql(COMMENTS)
				.param("site", site)
				.param("wpIds",
						new SqlArrayValue("BIGINT", ids.subList(from, Math.min(ids.size(), from + 1000)).toArray()))
				.query((rs, row) -> found.put(rs.getLong("wp_id"),
						new Comment(rs.getLong("comment_id"), rs.getLong("wp_post_id"))))
				.list();
		}
		return found;
	}

	/** A comment's record, as {@link #addComments} stores it. */
	record NewComment(long wpId, long wpPostId, long commentId, @Nullable String email, @Nullable String url) {
	}

	/** Records what a site's WordPress comments became, in one batch. */
	void addComments(long site, List<NewComment> comments) {
		if (comments.isEmpty()) {
			return;
		}
		batch.batchUpdate(INSERT_COMMENT,
				comments.stream()
					.map(comment -> new MapSqlParameterSource().addValue("site", site)
						.addValue("wpId", comment.wpId())
						.addValue("wpPostId", comment.wpPostId())
						.addValue("commentId", comment.commentId())
						.addValue("email", comment.email() == null ? null : cut(comment.email(), 200))
						.addValue("url", comment.url() == null ? null : cut(comment.url(), 500)))
					.toArray(SqlParameterSource[]::new));
	}

	/** What a term of any imported site became, the newest site's first. */
	Optional<String> term(String taxonomy, String slug) {
		return jdbc.sql(TERM_ANY_SITE)
			.param("taxonomy", taxonomy)
			.param("slug", cut(slug, 400))
			.query(String.class)
			.list()
			.stream()
			.findFirst();
	}

	/**
	 * Records what a term became; one the site recorded before keeps its first target.
	 */
	void addTerm(long site, String taxonomy, String slug, long termId, String target) {
		jdbc.sql(INSERT_TERM)
			.param("site", site)
			.param("taxonomy", taxonomy)
			.param("slug", cut(slug, 400))
			.param("termId", termId)
			.param("target", cut(target, 400))
			.update();
	}

	/** Records that articles show images from this origin ({@code https://host}). */
	void addImageOrigin(String origin) {
		jdbc.sql(ADD_IMAGE_ORIGIN).param("origin", cut(origin, 300)).update();
	}

	List<String> imageOrigins() {
		return jdbc.sql(IMAGE_ORIGINS).query(String.class).list();
	}

	private Post post(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		long article = rs.getLong("article_id");
		return new Post(rs.getLong("wp_id"), rs.getString("post_type"), rs.wasNull() ? null : article,
				rs.getString("media_ref"));
	}

	private static String cut(String text, int max) {
		return text.length() > max ? text.substring(0, max) : text;
	}

}
