package app.khabar.search;

import org.springframework.test.context.ActiveProfiles;

import app.khabar.support.TestDatabases;

/**
 * {@link SearchIndexIntegrationTests} on a real PostgreSQL server.
 */
@ActiveProfiles(TestDatabases.POSTGRES_PROFILE)
class SearchIndexPostgresIntegrationTests extends SearchIndexIntegrationTests {

}
