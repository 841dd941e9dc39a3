package app.khabar.feed.web;

import org.springframework.test.context.ActiveProfiles;

import app.khabar.support.TestDatabases;

/**
 * {@link ListingPagesIntegrationTests} on a real PostgreSQL server.
 */
@ActiveProfiles(TestDatabases.POSTGRES_PROFILE)
class ListingPagesPostgresIntegrationTests extends ListingPagesIntegrationTests {

}
