package app.khabar.cluster;

import org.springframework.test.context.ActiveProfiles;

import app.khabar.support.TestDatabases;

@ActiveProfiles(TestDatabases.POSTGRES_PROFILE)
class NodeLeasesPostgresIntegrationTests extends NodeLeasesIntegrationTests {

}
