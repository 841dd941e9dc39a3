package app.khabar.comment;

import org.springframework.test.context.ActiveProfiles;

import app.khabar.support.TestDatabases;

/** {@link CommentReviewIntegrationTests} on a real PostgreSQL server. */
@ActiveProfiles(TestDatabases.POSTGRES_PROFILE)
class CommentReviewPostgresIntegrationTests extends CommentReviewIntegrationTests {

}
