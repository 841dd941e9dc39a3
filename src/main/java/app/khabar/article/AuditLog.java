package app.khabar.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.khabar.shared.PageRequest;

/** The append-only log of editorial actions: rows are inserted, never changed. */
@Repository
class AuditLog {

	private static final String INSERT = """
			INSERT INTO article_audit (article_id, actor, action, detail, created_at)
			VALUES (:article, :actor, :action, :detail, :now)
			""";

	private static final String COLUMNS = """
			SELECT id, article_id, actor, action, detail, created_at FROM article_audit
			""";

	private static final String RECENT = COLUMNS + """
			ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset
			""";

	private static final String COUNT = "SELECT COUNT(*) FROM article_audit";

	private static final String OF_ARTICLE = COLUMNS + """
			WHERE article_id = :article ORDER BY created_at DESC, id DESC
			""";

	private final JdbcClient jdbc;

	AuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void append(long articleId, String actor, ArticleAction action, @Nullable String detail, Instant now) {
		jdbc.sql(INSERT)
			.param("article", articleId)
			.param("actor", actor)
			.param("action", action.name())
			.param("detail", detail)
			.param("now", Articles.utc(now))
			.update();
	}

	List<AuditEntry> recent(PageRequest page) {
		return jdbc.sql(RECENT).param("limit", page.size()).param("offset", page.offset()).query(AuditLog::map).list();
	}

	long count() {
		return jdbc.sql(COUNT).query(Long.class).single();
	}

	List<AuditEntry> ofArticle(long articleId) {
		return jdbc.sql(OF_ARTICLE).param("article", articleId).query(AuditLog::map).list();
	}

	private static AuditEntry map(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong("id"), rs.getLong("article_id"), rs.getString("actor"),
				ArticleAction.valueOf(rs.getString("action")), rs.getString("detail"),
				Articles.instantOrNull(rs, "created_at"));
	}

}
