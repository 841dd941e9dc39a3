package app.khabar.moderation;

import org.springframework.test.context.ActiveProfiles;

import app.khabar.support.TestDatabases;

@ActiveProfiles(TestDatabases.POSTGRES_PROFILE)
class CommenterDataPostgresIntegrationTests extends CommenterDataIntegrationTests {

}
