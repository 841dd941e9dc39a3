package app.khabar.feed;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class BoxItems {

	private static final String IDS_OF_BOX = """
			SELECT article_id FROM feed_box_item WHERE box = :box ORDER BY position
			""";

	private static final String CLEAR = """
			DELETE FROM feed_box_item WHERE box = :box
			""";

	private static final String INSERT = """
			INSERT INTO feed_box_item (box, position, article_id) VALUES (:box, :position, :article)
			""";

	private static final String VERSION = """
			SELECT version FROM feed_curation WHERE id = 1
			""";

	private static final String BUMP = """
			UPDATE feed_curation SET version = version + 1 WHERE id = 1
			""";

	private final JdbcClient jdbc;

	BoxItems(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Long> idsOf(Box box) {
		return jdbc.sql(IDS_OF_BOX).param("box", box.name()).query(Long.class).list();
	}

	void replace(Box box, List<Long> articleIds) {
		jdbc.sql(CLEAR).param("box", box.name()).update();
		for (int i = 0; i < articleIds.size(); i++) {
			jdbc.sql(INSERT).param("box", box.name()).param("position", i).param("article", articleIds.get(i)).update();
		}
		jdbc.sql(BUMP).update();
	}

	long version() {
		return jdbc.sql(VERSION).query(Long.class).single();
	}

}
