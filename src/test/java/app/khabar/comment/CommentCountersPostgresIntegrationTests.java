package app.khabar.comment;

import org.springframework.test.context.ActiveProfiles;

import app.khabar.support.TestDatabases;

/**
 * {@link CommentCountersIntegrationTests} on a real PostgreSQL server, where 32 writers
 * really run at once.
 */
@ActiveProfiles(TestDatabases.POSTGRES_PROFILE)
class CommentCountersPostgresIntegrationTests extends CommentCountersIntegrationTests {

}
