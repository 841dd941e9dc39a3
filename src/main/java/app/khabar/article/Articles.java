package app.khabar.article;

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

import app.khabar.shared.PageRequest;

/**
 * The one repository of {@code article_article} and its tags ({@code article_tag}): the
 * readers' reads (whole articles, summaries), the newsroom's reads (desk rows, the state
 * a command decides on) and every write. Every write to an existing article but the
 * scheduler's claim is version-checked: it changes a row only at the version the caller
 * read, and moves the version on.
 */
@Repository
class Articles {

	private static final String COLUMNS = """
			a.id, a.version, a.kind, a.kicker, a.title, a.lead, a.body_html, a.slug, a.source_outlet, a.source_agency,
			a.byline_text, a.media_type, a.media_ref, a.media_caption, a.status, a.comments_open, a.moderation_mode,
			a.comments_close_days, a.created_at, a.updated_at, a.published_at,
			s.id AS section_id, s.slug AS section_slug, s.name AS section_name, s.position AS section_position
			""";

	private static final String BY_ID = "SELECT " + COLUMNS + """
			FROM article_article a JOIN article_section s ON s.id = a.section_id
			WHERE a.id = :id
			""";

	private static final String BY_IDS = "SELECT " + COLUMNS + """
			FROM article_article a JOIN article_section s ON s.id = a.section_id
			WHERE a.id IN (:ids)
			ORDER BY a.id
			""";

	// by primary key alone: a status condition lets the planner pick the status index and
	// sort every page
	private static final String AFTER = "SELECT " + COLUMNS + """
			FROM article_article a JOIN article_section s ON s.id = a.section_id
			WHERE a.id > :after
			ORDER BY a.id
			LIMIT :limit
			""";

	private static final String TAGS_OF = """
			SELECT article_id, name FROM article_tag WHERE article_id IN (:ids) ORDER BY article_id, position
			""";

	// Lists of published articles are ordered "status, published_at DESC, id DESC": the
	// status is fixed by their WHERE, so the order is the newest first, and it is the
	// order of the index article_newest, which H2 then reads in order and stops at the
	// LIMIT (with "published_at DESC, id DESC" alone it sorted every published article
	// first: 8 s for the feed on 100,000 articles); PostgreSQL walks it the same way.
	// Lists of one section put its id first (bySection), the order of the index
	// article_newest_in_section: a small section is not found by walking all articles
	private static final String SUMMARY_COLUMNS = """
			a.id, a.slug, a.kind, a.kicker, a.title, a.lead, a.media_type, a.media_ref, a.published_at,
			s.slug AS section_slug, s.name AS section_name
			FROM article_article a JOIN article_section s ON s.id = a.section_id
			""";

	private static final String LATEST = "SELECT " + SUMMARY_COLUMNS + """
			WHERE a.status = 'PUBLISHED'
			ORDER BY a.status, a.published_at DESC, a.id DESC
			LIMIT :limit OFFSET :offset
			""";

	private static final String COUNT_PUBLISHED = """
			SELECT COUNT(*) FROM article_article WHERE status = 'PUBLISHED'
			""";

	private static final String LATEST_EXCEPT = "SELECT " + SUMMARY_COLUMNS + """
			WHERE a.status = 'PUBLISHED' AND a.id NOT IN (:except)
			ORDER BY a.status, a.published_at DESC, a.id DESC
			LIMIT :limit OFFSET :offset
			""";

	private static final String COUNT_PUBLISHED_EXCEPT = """
			SELECT COUNT(*) FROM article_article WHERE status = 'PUBLISHED' AND id NOT IN (:except)
			""";

	private static final String LATEST_IN_SECTION = "SELECT " + SUMMARY_COLUMNS + """
			WHERE a.status = 'PUBLISHED' AND a.section_id = :section
			ORDER BY a.section_id, a.status, a.published_at DESC, a.id DESC
			LIMIT :limit OFFSET :offset
			""";

	private static final String COUNT_IN_SECTION = """
			SELECT COUNT(*) FROM article_article WHERE status = 'PUBLISHED' AND section_id = :section
			""";

	private static final String SUMMARIES_BY_IDS = "SELECT " + SUMMARY_COLUMNS + """
			WHERE a.status = 'PUBLISHED' AND a.id IN (:ids)
			""";

	// whole published articles, newest first: followed by a condition (IN_SECTION,
	// WITH_TAG, BY_BYLINE_AUTHOR or none) and NEWEST_LIMIT
	private static final String NEWEST = "SELECT " + COLUMNS + """
			FROM article_article a JOIN article_section s ON s.id = a.section_id
			WHERE a.status = 'PUBLISHED'
			""";

	private static final String NEWEST_LIMIT = """
			ORDER BY a.status, a.published_at DESC, a.id DESC
			LIMIT :limit
			""";

	private static final String PUBLISHED_TIMES = """
			SELECT published_at, updated_at FROM article_article WHERE status = 'PUBLISHED'
			""";

	private static final String PUBLICATIONS_BETWEEN = """
			SELECT id, slug, title, published_at, updated_at FROM article_article
			WHERE status = 'PUBLISHED' AND published_at >= :from AND published_at < :to
			ORDER BY status, published_at DESC, id DESC
			LIMIT :limit
			""";

	private static final String PUBLISHED_SUMMARIES = "SELECT " + SUMMARY_COLUMNS + "WHERE a.status = 'PUBLISHED' ";

	private static final String NEWEST_FIRST = """
			ORDER BY a.status, a.published_at DESC, a.id DESC
			LIMIT :limit OFFSET :offset
			""";

	private static final String WITH_TAG = """
			AND a.id IN (SELECT t.article_id FROM article_tag t WHERE t.tag_key = :key)
			""";

	private static final String BY_BYLINE_AUTHOR = """
			AND a.id IN (SELECT b.article_id FROM article_byline b WHERE b.author_id = :author)
			""";

	private static final String BETWEEN = """
			AND a.published_at >= :from AND a.published_at < :until
			""";

	private static final String IN_SECTION = "AND a.section_id = :section ";

	private static final String COUNT_PUBLISHED_WHERE = """
			SELECT COUNT(*) FROM article_article a WHERE a.status = 'PUBLISHED'
			""";

	// the spelling on the newest published article that carries the tag
	private static final String TAG_NAME = """
			SELECT t.name FROM article_tag t JOIN article_article a ON a.id = t.article_id
			WHERE t.tag_key = :key AND a.status = 'PUBLISHED'
			ORDER BY a.published_at DESC, a.id DESC, t.position
			LIMIT 1
			""";

	private static final String TAG_USES = """
			SELECT t.tag_key, MIN(t.name) AS name, COUNT(DISTINCT a.id) AS articles, MAX(a.published_at) AS latest
			FROM article_tag t JOIN article_article a ON a.id = t.article_id
			WHERE a.status = 'PUBLISHED' AND t.tag_key IS NOT NULL AND t.tag_key <> ''
			GROUP BY t.tag_key
			ORDER BY MAX(a.published_at) DESC, t.tag_key
			LIMIT :limit OFFSET :offset
			""";

	private static final String COUNT_TAGS = """
			SELECT COUNT(DISTINCT t.tag_key) FROM article_tag t JOIN article_article a ON a.id = t.article_id
			WHERE a.status = 'PUBLISHED' AND t.tag_key IS NOT NULL AND t.tag_key <> ''
			""";

	// a filtered list read from a position (keyset paging): the published summaries, the
	// conditions of the filter's set fields (the ones above and these), the order
	private static final String SINCE = "AND a.published_at >= :since ";

	private static final String UNTIL = "AND a.published_at < :until ";

	private static final String AFTER_POSITION = """
			AND (a.published_at < :afterAt OR (a.published_at = :afterAt AND a.id < :afterId))
			""";

	private static final String NEWEST_FIRST_LIMITED = """
			ORDER BY a.status, a.published_at DESC, a.id DESC
			LIMIT :limit
			""";

	private static final String ID_BY_EXTERNAL_ID = """
			SELECT id FROM article_article WHERE external_id = :externalId
			""";

	private static final String SECTIONS_OF = """
			SELECT a.id AS article_id, s.id, s.slug, s.name, s.position
			FROM article_article a JOIN article_section s ON s.id = a.section_id WHERE a.id IN (:ids)
			""";

	private static final String IDS_BY_EXTERNAL_IDS = """
			SELECT id, external_id FROM article_article WHERE external_id IN (:externalIds)
			""";

	private static final String INSERT = """
			INSERT INTO article_article (section_id, kind, kicker, title, lead, body_html, slug, source_outlet,
			  source_agency, byline_text, media_type, media_ref, media_caption, status, comments_open, moderation_mode,
			  comments_close_days, created_at, updated_at, published_at, scheduled_at, external_id)
			VALUES (:section, :kind, :kicker, :title, :lead, :body, :slug, :outlet, :agency, :bylineText, :mediaType,
			  :mediaRef, :mediaCaption, :status, :commentsOpen, :mode, :closeDays, :now, :updatedAt, :publishedAt,
			  :scheduledAt, :externalId)
			""";

	private static final String INSERT_TAG = """
			INSERT INTO article_tag (article_id, position, name, tag_key) VALUES (:id, :position, :name, :key)
			""";

	private static final String STATE = """
			SELECT status, version, created_by, scheduled_at, published_at FROM article_article WHERE id = :id
			""";

	private static final String SET_CREATED_BY = """
			UPDATE article_article SET created_by = :by WHERE id = :id
			""";

	private static final String UPDATE_CONTENT = """
			UPDATE article_article
			SET section_id = :section, kind = :kind, kicker = :kicker, title = :title, lead = :lead, body_html = :body,
			  slug = :slug, source_outlet = :outlet, source_agency = :agency, byline_text = :bylineText,
			  media_type = :mediaType, media_ref = :mediaRef, media_caption = :mediaCaption,
			  comments_open = :commentsOpen, moderation_mode = :mode, comments_close_days = :closeDays,
			  updated_at = :now, version = version + 1
			WHERE id = :id AND version = :version
			""";

	private static final String DELETE_TAGS = """
			DELETE FROM article_tag WHERE article_id = :id
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

	// comment settings only: not "updated" for readers (updated_at stays), but the
	// version moves, so an editor's
	// form opened before fails its version check instead of silently reopening the
	// comments
	private static final String SET_COMMENTS = """
			UPDATE article_article
			SET comments_open = :open, moderation_mode = :mode, comments_close_days = :closeDays, version = version + 1
			WHERE id = :id AND version = :version
			""";

	private static final String DUE = """
			SELECT id FROM article_article WHERE status = 'SCHEDULED' AND scheduled_at <= :now ORDER BY scheduled_at, id
			""";

	// The claim: of any number of racing schedulers (threads or nodes), exactly one
	// changes the row.
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
			ORDER BY a.status, a.published_at DESC, a.id DESC LIMIT :limit OFFSET :offset
			""";

	private static final String BY_AUTHOR = ROWS + """
			WHERE a.created_by = :author AND a.status <> 'RETRACTED'
			ORDER BY a.updated_at DESC, a.id DESC LIMIT :limit OFFSET :offset
			""";

	private static final String PUBLISHED_BY_TITLE = ROWS + """
			WHERE a.status = 'PUBLISHED' AND LOWER(a.title) LIKE :pattern
			ORDER BY a.status, a.published_at DESC, a.id DESC LIMIT :limit
			""";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	private final Authors authors;

	Articles(JdbcClient jdbc, NamedParameterJdbcTemplate batch, Authors authors) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.authors = authors;
	}

	Optional<Article> findById(long id) {
		// the tags after the row, not while its result set is open (no transaction: that
		// would take a second connection)
		return jdbc.sql(BY_ID).param("id", id).query((rs, row) -> map(rs, List.of())).optional().map(this::withTags);
	}

	/** The articles with these ids, in id order; tags read in one query for all. */
	List<Article> findByIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return withTags(jdbc.sql(BY_IDS).param("ids", ids).query((rs, row) -> map(rs, List.of())).list());
	}

	List<Article> findAfter(long afterId, int limit) {
		return withTags(jdbc.sql(AFTER)
			.param("after", afterId)
			.param("limit", limit)
			.query((rs, row) -> map(rs, List.of()))
			.list());
	}

	private Article withTags(Article article) {
		return withTags(List.of(article)).getFirst();
	}

	/**
	 * The articles with their tags and byline authors, read in one query each for all.
	 */
	private List<Article> withTags(List<Article> found) {
		if (found.isEmpty()) {
			return found;
		}
		List<Long> ids = found.stream().map(Article::id).toList();
		Map<Long, List<String>> tags = new HashMap<>();
		jdbc.sql(TAGS_OF).param("ids", ids).query(rs -> {
			tags.computeIfAbsent(rs.getLong("article_id"), id -> new ArrayList<>()).add(rs.getString("name"));
		});
		Map<Long, List<BylineAuthor>> bylines = authors.bylinesOf(ids);
		return found.stream()
			.map(a -> new Article(a.id(), a.version(), a.section(), a.kind(), a.kicker(), a.title(), a.lead(),
					a.bodyHtml(), a.slug(), a.source(),
					new Byline(bylines.getOrDefault(a.id(), List.of()), a.byline().text()),
					tags.getOrDefault(a.id(), List.of()), a.media(), a.status(), a.comments(), a.createdAt(),
					a.updatedAt(), a.publishedAt()))
			.toList();
	}

	/**
	 * The newest published articles, whole, that meet {@code condition} (one of the
	 * {@code AND ...} fragments above, or "" for all) with its one parameter.
	 */
	List<Article> newest(String condition, @Nullable String parameter, @Nullable Object value, int limit) {
		String order = condition.equals(IN_SECTION) ? bySection(NEWEST_LIMIT) : NEWEST_LIMIT;
		var statement = jdbc.sql(NEWEST + condition + order).param("limit", limit);
		if (parameter != null) {
			statement = statement.param(parameter, value);
		}
		return withTags(statement.query((rs, row) -> map(rs, List.of())).list());
	}

	List<Article> newest(int limit) {
		return newest("", null, null, limit);
	}

	List<Article> newestInSection(long sectionId, int limit) {
		return newest(IN_SECTION, "section", sectionId, limit);
	}

	List<Article> newestWithTag(String key, int limit) {
		return newest(WITH_TAG, "key", key, limit);
	}

	List<Article> newestByAuthor(long authorId, int limit) {
		return newest(BY_BYLINE_AUTHOR, "author", authorId, limit);
	}

	/** The publication and last change of every published article. */
	void publishedTimes(java.util.function.BiConsumer<Instant, Instant> publishedAndUpdated) {
		jdbc.sql(PUBLISHED_TIMES)
			.query((org.springframework.jdbc.core.RowCallbackHandler) rs -> publishedAndUpdated
				.accept(instant(rs, "published_at"), instant(rs, "updated_at")));
	}

	List<PublishedArticle> publicationsBetween(Instant from, Instant to, int limit) {
		return jdbc.sql(PUBLICATIONS_BETWEEN)
			.param("from", utc(from))
			.param("to", utc(to))
			.param("limit", limit)
			.query((rs, row) -> new PublishedArticle(rs.getLong("id"), rs.getString("slug"), rs.getString("title"),
					instant(rs, "published_at"), instant(rs, "updated_at")))
			.list();
	}

	List<ArticleSummary> latest(PageRequest page) {
		return jdbc.sql(LATEST)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(Articles::mapSummary)
			.list();
	}

	long countPublished() {
		return jdbc.sql(COUNT_PUBLISHED).query(Long.class).single();
	}

	/** Like {@link #latest}, without these articles ({@code except} not empty). */
	List<ArticleSummary> latestExcept(Collection<Long> except, PageRequest page) {
		return jdbc.sql(LATEST_EXCEPT)
			.param("except", except)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(Articles::mapSummary)
			.list();
	}

	long countPublishedExcept(Collection<Long> except) {
		return jdbc.sql(COUNT_PUBLISHED_EXCEPT).param("except", except).query(Long.class).single();
	}

	List<ArticleSummary> latestInSection(long sectionId, PageRequest page) {
		return jdbc.sql(LATEST_IN_SECTION)
			.param("section", sectionId)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(Articles::mapSummary)
			.list();
	}

	long countInSection(long sectionId) {
		return jdbc.sql(COUNT_IN_SECTION).param("section", sectionId).query(Long.class).single();
	}

	List<ArticleSummary> latestWithTag(String key, PageRequest page) {
		return paged(PUBLISHED_SUMMARIES + WITH_TAG + NEWEST_FIRST, page).param("key", key)
			.query(Articles::mapSummary)
			.list();
	}

	long countWithTag(String key) {
		return jdbc.sql(COUNT_PUBLISHED_WHERE + WITH_TAG).param("key", key).query(Long.class).single();
	}

	List<ArticleSummary> latestByAuthor(long authorId, PageRequest page) {
		return paged(PUBLISHED_SUMMARIES + BY_BYLINE_AUTHOR + NEWEST_FIRST, page).param("author", authorId)
			.query(Articles::mapSummary)
			.list();
	}

	long countByAuthor(long authorId) {
		return jdbc.sql(COUNT_PUBLISHED_WHERE + BY_BYLINE_AUTHOR).param("author", authorId).query(Long.class).single();
	}

	List<ArticleSummary> publishedBetween(Instant from, Instant until, @Nullable Long sectionId, PageRequest page) {
		return inPeriod(PUBLISHED_SUMMARIES, NEWEST_FIRST, from, until, sectionId).param("limit", page.size())
			.param("offset", page.offset())
			.query(Articles::mapSummary)
			.list();
	}

	long countBetween(Instant from, Instant until, @Nullable Long sectionId) {
		return inPeriod(COUNT_PUBLISHED_WHERE, "", from, until, sectionId).query(Long.class).single();
	}

	private JdbcClient.StatementSpec inPeriod(String select, String rest, Instant from, Instant until,
			@Nullable Long sectionId) {
		var sql = jdbc
			.sql(select + BETWEEN + (sectionId == null ? "" : IN_SECTION)
					+ (sectionId == null ? rest : bySection(rest)))
			.param("from", utc(from))
			.param("until", utc(until));
		return sectionId == null ? sql : sql.param("section", sectionId);
	}

	/**
	 * A newest-first order ({@code ORDER BY a.status, …}) for a list of one section: with
	 * the section's id first, as the index article_newest_in_section.
	 */
	static String bySection(String order) {
		return order.replace("ORDER BY a.status,", "ORDER BY a.section_id, a.status,");
	}

	Optional<String> tagName(String key) {
		return jdbc.sql(TAG_NAME).param("key", key).query(String.class).optional();
	}

	List<TagUse> tagUses(int limit, long offset) {
		return jdbc.sql(TAG_USES)
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, row) -> new TagUse(new Tag(rs.getString("name"), rs.getString("tag_key")),
					rs.getLong("articles"), instant(rs, "latest")))
			.list();
	}

	long countTags() {
		return jdbc.sql(COUNT_TAGS).query(Long.class).single();
	}

	private JdbcClient.StatementSpec paged(String sql, PageRequest page) {
		return jdbc.sql(sql).param("limit", page.size()).param("offset", page.offset());
	}

	/**
	 * Published summaries of the given ids, in the order of the ids; unknown or
	 * unpublished ids are left out.
	 */
	List<ArticleSummary> summaries(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, ArticleSummary> byId = new HashMap<>();
		jdbc.sql(SUMMARIES_BY_IDS)
			.param("ids", ids)
			.query(Articles::mapSummary)
			.list()
			.forEach(s -> byId.put(s.id(), s));
		List<ArticleSummary> ordered = new ArrayList<>();
		for (Long id : ids) {
			ArticleSummary summary = byId.get(id);
			if (summary != null) {
				ordered.add(summary);
			}
		}
		return ordered;
	}

	/**
	 * Up to {@code limit} published summaries of the filter after {@code after}, newest
	 * first.
	 */
	List<ArticleSummary> published(ArticleFilter filter, ArticleFilter.@Nullable Position after, int limit) {
		StringBuilder sql = new StringBuilder(PUBLISHED_SUMMARIES);
		Map<String, Object> params = new HashMap<>();
		params.put("limit", limit);
		if (filter.section() != null) {
			sql.append(IN_SECTION);
			params.put("section", filter.section().id());
		}
		if (filter.tag() != null) {
			sql.append(WITH_TAG);
			params.put("key", filter.tag().key());
		}
		if (filter.author() != null) {
			sql.append(BY_BYLINE_AUTHOR);
			params.put("author", filter.author().id());
		}
		if (filter.since() != null) {
			sql.append(SINCE);
			params.put("since", utc(filter.since()));
		}
		if (filter.until() != null) {
			sql.append(UNTIL);
			params.put("until", utc(filter.until()));
		}
		if (after != null) {
			sql.append(AFTER_POSITION);
			params.put("afterAt", utc(after.publishedAt()));
			params.put("afterId", after.id());
		}
		String order = filter.section() != null ? bySection(NEWEST_FIRST_LIMITED) : NEWEST_FIRST_LIMITED;
		return jdbc.sql(sql.append(order).toString()).params(params).query(Articles::mapSummary).list();
	}

	/** The sections of these articles, by article id; ids of none are left out. */
	Map<Long, Section> sectionsOf(Collection<Long> articleIds) {
		var found = new HashMap<Long, Section>();
		List<Long> ids = List.copyOf(articleIds);
		for (int from = 0; from < ids.size(); from += 1000) {
			jdbc.sql(SECTIONS_OF)
				.param("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
				.query((rs, row) -> found.put(rs.getLong("article_id"),
						new Section(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
								rs.getInt("position"))))
				.list();
		}
		return found;
	}

	/** The articles of these external ids, by external id; ids of none are left out. */
	Map<String, Long> findIdsByExternalIds(Collection<String> externalIds) {
		var found = new HashMap<String, Long>();
		List<String> ids = List.copyOf(externalIds);
		for (int from = 0; from < ids.size(); from += 1000) {
			jdbc.sql(IDS_BY_EXTERNAL_IDS)
				.param("externalIds", ids.subList(from, Math.min(ids.size(), from + 1000)))
				.query((rs, row) -> found.put(rs.getString("external_id"), rs.getLong("id")))
				.list();
		}
		return found;
	}

	Optional<Long> findIdByExternalId(String externalId) {
		return jdbc.sql(ID_BY_EXTERNAL_ID).param("externalId", externalId).query(Long.class).optional();
	}

	long insert(long sectionId, NewArticle article, String slug, Instant now) {
		return insertAll(List.of(new NewRow(sectionId, article, slug)), now).getFirst();
	}

	/** An article as {@link #insertAll} stores it. */
	record NewRow(long sectionId, NewArticle article, String slug) {
	}

	/**
	 * Stores new articles with their tags and bylines in three batch statements; returns
	 * their ids in the list's order.
	 */
	List<Long> insertAll(List<NewRow> rows, Instant now) {
		if (rows.isEmpty()) {
			return List.of();
		}
		SqlParameterSource[] params = rows.stream().map(row -> {
			NewArticle article = row.article();
			boolean scheduled = article.status() == ArticleStatus.SCHEDULED;
			var values = new MapSqlParameterSource(contentParams(new ArticleContent(row.sectionId(), article.kind(),
					article.kicker(), article.title(), article.lead(), article.bodyHtml(), article.source(),
					article.byline(), article.tags(), article.media(), article.comments())));
			return values.addValue("slug", row.slug())
				.addValue("status", article.status().name())
				.addValue("now", utc(now))
				// an article that arrives already published was last changed when it
				// was published
				.addValue("updatedAt", utc(article.publishedAt() == null ? now : article.publishedAt()))
				.addValue("publishedAt", article.publishedAt() == null || scheduled ? null : utc(article.publishedAt()))
				// an imported scheduled article is due when its source said it would be
				// published
				.addValue("scheduledAt", scheduled && article.publishedAt() != null ? utc(article.publishedAt()) : null)
				.addValue("externalId", article.externalId());
		}).toArray(SqlParameterSource[]::new);
		var keys = new GeneratedKeyHolder();
		batch.batchUpdate(INSERT, params, keys, new String[] { "id" });
		List<Long> ids = keys.getKeyList().stream().map(key -> ((Number) key.get("id")).longValue()).toList();
		if (ids.size() != rows.size()) {
			throw new IllegalStateException(
					"the database returned " + ids.size() + " ids for " + rows.size() + " rows");
		}
		var tags = new ArrayList<SqlParameterSource>();
		var bylines = new HashMap<Long, List<Long>>();
		for (int i = 0; i < ids.size(); i++) {
			NewArticle article = rows.get(i).article();
			for (int position = 0; position < article.tags().size(); position++) {
				String name = article.tags().get(position);
				tags.add(new MapSqlParameterSource().addValue("id", ids.get(i))
					.addValue("position", position)
					.addValue("name", name)
					.addValue("key", Tag.key(name)));
			}
			bylines.put(ids.get(i), article.byline().authorIds());
		}
		if (!tags.isEmpty()) {
			batch.batchUpdate(INSERT_TAG, tags.toArray(SqlParameterSource[]::new));
		}
		authors.insertBylines(bylines);
		return ids;
	}

	/** What a command needs to decide: status, version, owner, times. */
	record State(ArticleStatus status, long version, @Nullable String createdBy, @Nullable Instant scheduledAt,
			@Nullable Instant publishedAt) {
	}

	Optional<State> state(long id) {
		return jdbc.sql(STATE).param("id", id).query(Articles::mapState).optional();
	}

	void setCreatedBy(long id, String author) {
		jdbc.sql(SET_CREATED_BY).param("id", id).param("by", author).update();
	}

	/**
	 * Replaces the content at {@code version}; false when the version moved (nothing
	 * changed then).
	 */
	boolean updateContent(long id, long version, ArticleContent c, String slug, Instant now) {
		int rows = jdbc.sql(UPDATE_CONTENT)
			.params(contentParams(c))
			.param("id", id)
			.param("version", version)
			.param("slug", slug)
			.param("now", utc(now))
			.update();
		if (rows == 0) {
			return false;
		}
		jdbc.sql(DELETE_TAGS).param("id", id).update();
		insertTags(id, c.tags());
		authors.replaceByline(id, c.byline().authorIds());
		return true;
	}

	/**
	 * The content's columns as named parameters, spelled alike in the article's and the
	 * revision's statements (tags and the byline's authors are rows of their own or
	 * spelled by the caller).
	 */
	static Map<String, @Nullable Object> contentParams(ArticleContent c) {
		Map<String, @Nullable Object> params = new HashMap<>();
		params.put("section", c.sectionId());
		params.put("kind", c.kind().name());
		params.put("kicker", c.kicker());
		params.put("title", c.title());
		params.put("lead", c.lead());
		params.put("body", c.bodyHtml());
		params.put("outlet", c.source().outlet());
		params.put("agency", c.source().agency());
		params.put("bylineText", c.byline().text());
		params.put("mediaType", c.media().type().name());
		params.put("mediaRef", c.media().ref());
		params.put("mediaCaption", c.media().caption());
		params.put("commentsOpen", c.comments().open());
		params.put("mode", c.comments().mode().name());
		params.put("closeDays", c.comments().closeAfterDays());
		return params;
	}

	private void insertTags(long id, List<String> tags) {
		for (int i = 0; i < tags.size(); i++) {
			jdbc.sql(INSERT_TAG)
				.param("id", id)
				.param("position", i)
				.param("name", tags.get(i))
				.param("key", Tag.key(tags.get(i)))
				.update();
		}
	}

	/**
	 * Moves the article to {@code status} at {@code version}; false when the version
	 * moved.
	 */
	boolean move(long id, long version, ArticleStatus status, @Nullable Instant scheduledAt,
			@Nullable Instant publishedAt, Instant now) {
		return jdbc.sql(MOVE)
			.param("id", id)
			.param("version", version)
			.param("status", status.name())
			.param("scheduledAt", scheduledAt == null ? null : utc(scheduledAt))
			.param("publishedAt", publishedAt == null ? null : utc(publishedAt))
			.param("now", utc(now))
			.update() == 1;
	}

	/**
	 * A change readers see that is not content (a correction note): new version, new
	 * updated time.
	 */
	boolean touch(long id, long version, Instant now) {
		return jdbc.sql(TOUCH).param("id", id).param("version", version).param("now", utc(now)).update() == 1;
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
		return jdbc.sql(DUE).param("now", utc(now)).query(Long.class).list();
	}

	boolean claimDue(long id, Instant now) {
		return jdbc.sql(CLAIM_DUE).param("id", id).param("now", utc(now)).update() == 1;
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
			.query(Articles::mapDeskRow)
			.list();
	}

	List<DeskRow> byAuthor(String author, PageRequest page) {
		return jdbc.sql(BY_AUTHOR)
			.param("author", author)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(Articles::mapDeskRow)
			.list();
	}

	List<DeskRow> publishedByTitle(String text, int limit) {
		String pattern = "%"
				+ text.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
				+ "%";
		return jdbc.sql(PUBLISHED_BY_TITLE)
			.param("pattern", pattern)
			.param("limit", limit)
			.query(Articles::mapDeskRow)
			.list();
	}

	private static Article map(ResultSet rs, List<String> tags) throws SQLException {
		var section = new Section(rs.getLong("section_id"), rs.getString("section_slug"), rs.getString("section_name"),
				rs.getInt("section_position"));
		var source = new Source(rs.getString("source_outlet"), rs.getString("source_agency"));
		var media = new Media(Media.Type.valueOf(rs.getString("media_type")), rs.getString("media_ref"),
				rs.getString("media_caption"));
		int days = rs.getInt("comments_close_days");
		Integer closeDays = rs.wasNull() ? null : days;
		var comments = new CommentSettings(rs.getBoolean("comments_open"),
				ModerationMode.valueOf(rs.getString("moderation_mode")), closeDays);
		return new Article(rs.getLong("id"), rs.getLong("version"), section, ArticleKind.valueOf(rs.getString("kind")),
				rs.getString("kicker"), rs.getString("title"), rs.getString("lead"), rs.getString("body_html"),
				rs.getString("slug"), source, Byline.text(rs.getString("byline_text")), tags, media,
				ArticleStatus.valueOf(rs.getString("status")), comments, instant(rs, "created_at"),
				instant(rs, "updated_at"), instantOrNull(rs, "published_at"));
	}

	private static ArticleSummary mapSummary(ResultSet rs, int row) throws SQLException {
		String imageRef = "IMAGE".equals(rs.getString("media_type")) ? rs.getString("media_ref") : null;
		return new ArticleSummary(rs.getLong("id"), rs.getString("slug"), rs.getString("section_slug"),
				rs.getString("section_name"), ArticleKind.valueOf(rs.getString("kind")), rs.getString("kicker"),
				rs.getString("title"), rs.getString("lead"), imageRef, instant(rs, "published_at"));
	}

	private static State mapState(ResultSet rs, int row) throws SQLException {
		return new State(ArticleStatus.valueOf(rs.getString("status")), rs.getLong("version"),
				rs.getString("created_by"), instantOrNull(rs, "scheduled_at"), instantOrNull(rs, "published_at"));
	}

	private static DeskRow mapDeskRow(ResultSet rs, int row) throws SQLException {
		return new DeskRow(rs.getLong("id"), rs.getString("title"), ArticleStatus.valueOf(rs.getString("status")),
				rs.getString("section_name"), rs.getString("created_by"), instantOrNull(rs, "updated_at"),
				instantOrNull(rs, "scheduled_at"), instantOrNull(rs, "published_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Instant value = instantOrNull(rs, column);
		if (value == null) {
			throw new IllegalStateException(column + " is null");
		}
		return value;
	}

	static @Nullable Instant instantOrNull(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
