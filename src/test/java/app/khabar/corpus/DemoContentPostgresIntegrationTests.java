package app.khabar.corpus;

import org.springframework.test.context.ActiveProfiles;

import app.khabar.support.TestDatabases;

@ActiveProfiles(TestDatabases.POSTGRES_PROFILE)
class DemoContentPostgresIntegrationTests extends DemoContentIntegrationTests {

}
