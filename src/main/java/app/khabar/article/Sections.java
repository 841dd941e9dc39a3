package app.khabar.article;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Sections {

	private static final String ALL = """
			SELECT id, slug, name, position FROM article_section ORDER BY position, id
			""";

	private static final String BY_SLUG = """
			SELECT id, slug, name, position FROM article_section WHERE slug = :slug
			""";

	private static final String INSERT = """
			INSERT INTO article_section (slug, name, position)
			VALUES (:slug, :name, (SELECT COALESCE(MAX(position), 0) + 1 FROM article_section))
			""";

	private final JdbcClient jdbc;

	Sections(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Section> findAll() {
		return jdbc.sql(ALL).query(Section.class).list();
	}

	Optional<Section> findBySlug(String slug) {
		return jdbc.sql(BY_SLUG).param("slug", slug).query(Section.class).optional();
	}

	Section insert(String slug, String name) {
		jdbc.sql(INSERT).param("slug", slug).param("name", name).update();
		return findBySlug(slug).orElseThrow();
	}

}
