package app.khabar.feed;

import org.springframework.test.context.ActiveProfiles;

import app.khabar.support.TestDatabases;

/**
 * {@link PopularIntegrationTests}: the most-read and most-commented lists on a real
 * PostgreSQL server.
 */
@ActiveProfiles(TestDatabases.POSTGRES_PROFILE)
class PopularPostgresIntegrationTests extends PopularIntegrationTests {

}
