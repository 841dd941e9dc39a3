package app.khabar.comment.captcha;

import org.springframework.test.context.ActiveProfiles;

import app.khabar.support.TestDatabases;

/** {@link CaptchaVerifierIntegrationTests} on a real PostgreSQL server. */
@ActiveProfiles(TestDatabases.POSTGRES_PROFILE)
class CaptchaVerifierPostgresIntegrationTests extends CaptchaVerifierIntegrationTests {

}
