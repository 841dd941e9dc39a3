package app.khabar.moderation;

import org.springframework.test.context.ActiveProfiles;

import app.khabar.support.TestDatabases;

/** {@link ScreeningModelIntegrationTests} on a real PostgreSQL server. */
@ActiveProfiles(TestDatabases.POSTGRES_PROFILE)
class ScreeningModelPostgresIntegrationTests extends ScreeningModelIntegrationTests {

}
