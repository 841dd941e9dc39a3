package app.khabar.wordpress;

import org.springframework.test.context.ActiveProfiles;

import app.khabar.support.TestDatabases;

@ActiveProfiles(TestDatabases.POSTGRES_PROFILE)
class WxrRoundTripPostgresIntegrationTests extends WxrRoundTripIntegrationTests {

}
