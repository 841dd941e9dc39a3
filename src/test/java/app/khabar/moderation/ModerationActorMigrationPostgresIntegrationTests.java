package app.khabar.moderation;

import org.springframework.test.context.ActiveProfiles;

import app.khabar.support.TestDatabases;

/** {@link ModerationActorMigrationIntegrationTests} on a real PostgreSQL server. */
@ActiveProfiles(TestDatabases.POSTGRES_PROFILE)
class ModerationActorMigrationPostgresIntegrationTests extends ModerationActorMigrationIntegrationTests {

}
