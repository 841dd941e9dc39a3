package app.khabar;

import org.springframework.test.context.ActiveProfiles;

import app.khabar.support.TestDatabases;

/**
 * {@link KhabarApplicationIntegrationTests} on a real PostgreSQL server (embedded, or
 * KHABAR_TEST_POSTGRES_URL).
 */
@ActiveProfiles(TestDatabases.POSTGRES_PROFILE)
class PostgresIntegrationTests extends KhabarApplicationIntegrationTests {

	@Override
	String expectedDatabase() {
		return "PostgreSQL";
	}

}
