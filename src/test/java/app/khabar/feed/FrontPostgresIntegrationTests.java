package app.khabar.feed;

import org.springframework.test.context.ActiveProfiles;

import app.khabar.support.TestDatabases;

/** {@link FrontIntegrationTests}: the fronts on a real PostgreSQL server. */
@ActiveProfiles(TestDatabases.POSTGRES_PROFILE)
class FrontPostgresIntegrationTests extends FrontIntegrationTests {

}
