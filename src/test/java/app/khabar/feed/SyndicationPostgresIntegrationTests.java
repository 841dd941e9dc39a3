package app.khabar.feed;

import org.springframework.test.context.ActiveProfiles;

import app.khabar.support.TestDatabases;

/** {@link SyndicationIntegrationTests}: the feeds on a real PostgreSQL server. */
@ActiveProfiles(TestDatabases.POSTGRES_PROFILE)
class SyndicationPostgresIntegrationTests extends SyndicationIntegrationTests {

}
