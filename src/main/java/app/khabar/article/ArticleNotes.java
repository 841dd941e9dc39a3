package app.khabar.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ArticleNotes {

	private static final String INSERT = """
			INSERT INTO article_note (article_id, kind, body, author, created_at)
			VALUES (:article, :kind, :body, :author, :now)
			""";

	private static final String OF_ARTICLE = """
			SELECT id, article_id, kind, body, author, created_at FROM article_note
			WHERE article_id = :article ORDER BY id
			""";

	private final JdbcClient jdbc;

	ArticleNotes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(long articleId, ArticleNote.Kind kind, String text, String author, Instant now) {
		jdbc.sql(INSERT)
			.param("article", articleId)
			.param("kind", kind.name())
			.param("body", text)
			.param("author", author)
			.param("now", Articles.utc(now))
			.update();
	}

	List<ArticleNote> ofArticle(long articleId) {
		return jdbc.sql(OF_ARTICLE).param("article", articleId).query(ArticleNotes::map).list();
	}

	private static ArticleNote map(ResultSet rs, int row) throws SQLException {
		return new ArticleNote(rs.getLong("id"), rs.getLong("article_id"),
				ArticleNote.Kind.valueOf(rs.getString("kind")), rs.getString("body"), rs.getString("author"),
				Articles.instantOrNull(rs, "created_at"));
	}

}
