package app.khabar.account;

import org.springframework.test.context.ActiveProfiles;

import app.khabar.support.TestDatabases;

/** {@link LoginThrottleIntegrationTests} on a real PostgreSQL server. */
@ActiveProfiles(TestDatabases.POSTGRES_PROFILE)
class LoginThrottlePostgresIntegrationTests extends LoginThrottleIntegrationTests {

}
