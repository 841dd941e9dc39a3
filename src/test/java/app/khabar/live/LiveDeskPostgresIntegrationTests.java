package app.khabar.live;

import org.springframework.test.context.ActiveProfiles;

import app.khabar.support.TestDatabases;

/** {@link LiveDeskIntegrationTests}: live coverage on a real PostgreSQL server. */
@ActiveProfiles(TestDatabases.POSTGRES_PROFILE)
class LiveDeskPostgresIntegrationTests extends LiveDeskIntegrationTests {

}
