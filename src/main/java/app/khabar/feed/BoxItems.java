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

	private static final String BOX_VERSION = """
			SELECT version FROM feed_box WHERE box = :box
			""";

	private static final String BUMP_BOX = """
			UPDATE feed_box SET version = version + 1 WHERE box = :box
			""";

	private static final String BUMP_BOX_AT = """
			UPDATE feed_box SET version = version + 1 WHERE box = :box AND version = :version
			""";

	private final JdbcClient jdbc;

	BoxItems(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Long> idsOf(Box box) {
		return jdbc.sql(IDS_OF_BOX).param("box", box.name()).query(Long.class).list();
	}

	long versionOf(Box box) {
		return jdbc.sql(BOX_VERSION).param("box", box.name()).query(Long.class).single();
	}

	/**
	 * Moves the box's version on if it is still {@code version}. The row stays locked
	 * until the transaction ends, so a second editor's change waits, then finds the
	 * version moved and is refused.
	 */
	boolean bump(Box box, long version) {
		return jdbc.sql(BUMP_BOX_AT).param("box", box.name()).param("version", version).update() == 1;
	}

	/**
	 * Replaces the box's articles; the caller has moved the box's version (or calls
	 * {@link #replace}).
	 */
	void write(Box box, List<Long> articleIds) {
		jdbc.sql(CLEAR).param("box", box.name()).update();
		for (int i = 0; i < articleIds.size(); i++) {
			jdbc.sql(INSERT).param("box", box.name()).param("position", i).param("article", articleIds.get(i)).update();
		}
		jdbc.sql(BUMP).update();
	}

	/** Replaces the box's articles whatever their version (seeding, demo content). */
	void replace(Box box, List<Long> articleIds) {
		jdbc.sql(BUMP_BOX).param("box", box.name()).update();
		write(box, articleIds);
	}

	long version() {
		return jdbc.sql(VERSION).query(Long.class).single();
	}

}
