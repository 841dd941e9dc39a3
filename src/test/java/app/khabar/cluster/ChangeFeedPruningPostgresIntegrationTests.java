package app.khabar.cluster;

import org.springframework.test.context.ActiveProfiles;

import app.khabar.support.TestDatabases;

@ActiveProfiles(TestDatabases.POSTGRES_PROFILE)
class ChangeFeedPruningPostgresIntegrationTests extends ChangeFeedPruningIntegrationTests {

}
