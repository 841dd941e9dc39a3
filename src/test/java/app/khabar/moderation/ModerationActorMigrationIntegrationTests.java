package app.khabar.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decisions logged before the log named moderators by username (it named them by account
 * id) name them by username once migrated; screening's rows and ids of no account stay as
 * they were. H2 here, PostgreSQL in the subclass.
 */
@JdbcTest(properties = "spring.flyway.enabled=false")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class ModerationActorMigrationIntegrationTests {

	/** The migration that created the decision log, logging moderators by account id. */
	private static final MigrationVersion DECISION_LOG_CREATED = MigrationVersion.fromVersion("2026.11.26.1200");

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Test
	void oldDecisionsNameTheirModeratorByUsername() throws SQLException {
		flyway(DECISION_LOG_CREATED).migrate();
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO account_account
				  (username, display_name, password_hash, roles, enabled, must_change_password, created_at)
				VALUES ('negar', 'نگار', '{noop}x', 'MODERATOR', TRUE, FALSE, :at)
				""").param("at", OffsetDateTime.now(ZoneOffset.UTC)).update(keys, "id");
		long moderator = keys.getKeyAs(Number.class).longValue();
		for (String actor : new String[] { Long.toString(moderator), ModerationAction.SYSTEM, "987654321" }) {
			jdbc.sql("""
					INSERT INTO moderation_action (comment_id, article_id, actor, actor_name, to_status, acted_at)
					VALUES (1, 1, :actor, 'x', 'PUBLISHED', :at)
					""").param("actor", actor).param("at", OffsetDateTime.now(ZoneOffset.UTC)).update();
		}

		flyway(MigrationVersion.LATEST).migrate();

		assertThat(jdbc.sql("SELECT actor FROM moderation_action ORDER BY id").query(String.class).list())
			.containsExactly("negar", ModerationAction.SYSTEM, "987654321");
	}

	private Flyway flyway(MigrationVersion target) throws SQLException {
		String vendor;
		try (var connection = dataSource.getConnection()) {
			vendor = connection.getMetaData().getDatabaseProductName().startsWith("H2") ? "h2" : "postgresql";
		}
		return Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
			.target(target)
			.load();
	}

}
