package app.khabar.comment;

import org.springframework.test.context.ActiveProfiles;

import app.khabar.support.TestDatabases;

/** {@link CommentPostingIntegrationTests} on a real PostgreSQL server. */
@ActiveProfiles(TestDatabases.POSTGRES_PROFILE)
class CommentPostingPostgresIntegrationTests extends CommentPostingIntegrationTests {

}
