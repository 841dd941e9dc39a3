package app.khabar.moderation;

import org.springframework.test.context.ActiveProfiles;

import app.khabar.support.TestDatabases;

/** {@link QueueByRiskIntegrationTests} on a real PostgreSQL server. */
@ActiveProfiles(TestDatabases.POSTGRES_PROFILE)
class QueueByRiskPostgresIntegrationTests extends QueueByRiskIntegrationTests {

}
