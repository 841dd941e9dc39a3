package app.khabar;

import java.nio.file.Path;
import java.sql.Connection;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ActiveProfiles;

import app.khabar.support.TestDatabases;

/**
 * {@link CleanShutdownIntegrationTests} with the node on PostgreSQL: the database this
 * test context was given (its schema already migrated), counted through the context's own
 * pool after the node has gone.
 */
@SpringBootTest
@ActiveProfiles(TestDatabases.POSTGRES_PROFILE)
class CleanShutdownPostgresIntegrationTests extends CleanShutdownIntegrationTests {

	@Autowired
	Environment environment;

	@Autowired
	DataSource dataSource;

	@Override
	NodeDatabase database(Path dataDir) {
		return new NodeDatabase(environment.getRequiredProperty("spring.datasource.url"),
				environment.getRequiredProperty("spring.datasource.username"),
				environment.getProperty("spring.datasource.password", ""), article -> {
					try (Connection connection = dataSource.getConnection()) {
						return count(connection, article);
					}
				});
	}

}
