package app.khabar.account;

import org.springframework.test.context.ActiveProfiles;

import app.khabar.support.TestDatabases;

/** {@link StaffSessionsIntegrationTests} on a real PostgreSQL server. */
@ActiveProfiles(TestDatabases.POSTGRES_PROFILE)
class StaffSessionsPostgresIntegrationTests extends StaffSessionsIntegrationTests {

}
