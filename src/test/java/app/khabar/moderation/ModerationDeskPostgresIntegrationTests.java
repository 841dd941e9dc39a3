package app.khabar.moderation;

import org.springframework.test.context.ActiveProfiles;

import app.khabar.support.TestDatabases;

/**
 * {@link ModerationDeskIntegrationTests} on a real PostgreSQL server, where the two moderators' updates really race
 * on the row lock.
 */
@ActiveProfiles(TestDatabases.POSTGRES_PROFILE)
class ModerationDeskPostgresIntegrationTests extends ModerationDeskIntegrationTests {
}
