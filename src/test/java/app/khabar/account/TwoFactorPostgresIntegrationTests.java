package app.khabar.account;

import org.springframework.test.context.ActiveProfiles;

import app.khabar.support.TestDatabases;

/** {@link TwoFactorIntegrationTests} on a real PostgreSQL server. */
@ActiveProfiles(TestDatabases.POSTGRES_PROFILE)
class TwoFactorPostgresIntegrationTests extends TwoFactorIntegrationTests {

}
