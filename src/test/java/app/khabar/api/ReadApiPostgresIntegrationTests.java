package app.khabar.api;

import org.springframework.test.context.ActiveProfiles;

import app.khabar.support.TestDatabases;

/** {@link ReadApiIntegrationTests}: the read API on a real PostgreSQL server. */
@ActiveProfiles(TestDatabases.POSTGRES_PROFILE)
class ReadApiPostgresIntegrationTests extends ReadApiIntegrationTests {

}
