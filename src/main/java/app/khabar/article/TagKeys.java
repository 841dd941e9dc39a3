package app.khabar.article;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Fills {@code article_tag.tag_key} of rows written before the column existed, at start,
 * before the site serves: the key is {@link Tag#key}, Java code that SQL cannot run. New
 * rows get their key when they are written, so a started node finds nothing to do.
 */
@Component
class TagKeys implements ApplicationRunner {

	private static final int BATCH = 1_000;

	private static final String WITHOUT_KEY = """
			SELECT article_id, position, name FROM article_tag WHERE tag_key IS NULL
			ORDER BY article_id, position LIMIT :limit
			""";

	private static final String SET_KEY = """
			UPDATE article_tag SET tag_key = :key WHERE article_id = :article AND position = :position
			""";

	private final JdbcClient jdbc;

	TagKeys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		fill();
	}

	/** Fills every missing key; returns how many rows it filled. */
	int fill() {
		int filled = 0;
		while (true) {
			record Row(long articleId, int position, String name) {
			}
			var rows = jdbc.sql(WITHOUT_KEY)
				.param("limit", BATCH)
				.query((rs, n) -> new Row(rs.getLong(1), rs.getInt(2), rs.getString(3)))
				.list();
			for (Row row : rows) {
				jdbc.sql(SET_KEY)
					.param("key", Tag.key(row.name()))
					.param("article", row.articleId())
					.param("position", row.position())
					.update();
			}
			filled += rows.size();
			if (rows.size() < BATCH) {
				return filled;
			}
		}
	}

}
