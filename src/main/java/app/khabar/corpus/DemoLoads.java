package app.khabar.corpus;

import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The marker row that says the demo content is in this database. */
@Repository
class DemoLoads {

	private static final String CLAIM = """
			INSERT INTO corpus_demo (id, loaded_at) VALUES (1, :now) ON CONFLICT DO NOTHING
			""";

	private static final String RECORD = """
			UPDATE corpus_demo SET articles = :articles, comments = :comments WHERE id = 1
			""";

	private static final String EXISTS = """
			SELECT COUNT(*) FROM corpus_demo WHERE id = 1
			""";

	private final JdbcClient jdbc;

	DemoLoads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Inserts the marker inside the caller's transaction; false if it is there already. A
	 * concurrent loader's uncommitted marker makes this wait for that transaction, so two
	 * nodes never both load.
	 */
	boolean claim(Instant now) {
		return jdbc.sql(CLAIM).param("now", now.atOffset(ZoneOffset.UTC)).update() == 1;
	}

	void record(int articles, int comments) {
		jdbc.sql(RECORD).param("articles", articles).param("comments", comments).update();
	}

	boolean loaded() {
		return jdbc.sql(EXISTS).query(Long.class).single() > 0;
	}

}
