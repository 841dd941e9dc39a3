package app.khabar.article;

import org.springframework.test.context.ActiveProfiles;

import app.khabar.support.TestDatabases;

/**
 * {@link BylinesIntegrationTests} on a real PostgreSQL server.
 */
@ActiveProfiles(TestDatabases.POSTGRES_PROFILE)
class BylinesPostgresIntegrationTests extends BylinesIntegrationTests {

}
