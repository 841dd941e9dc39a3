package app.khabar.live;

import org.springframework.test.context.ActiveProfiles;

import app.khabar.support.TestDatabases;

/** {@link LivePagesIntegrationTests}: the live pages on a real PostgreSQL server. */
@ActiveProfiles(TestDatabases.POSTGRES_PROFILE)
class LivePagesPostgresIntegrationTests extends LivePagesIntegrationTests {

}
