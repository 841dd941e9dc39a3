package app.khabar.article;

import org.springframework.test.context.ActiveProfiles;

import app.khabar.support.TestDatabases;

/**
 * The write side, version checks and the scheduled-publishing race on a real PostgreSQL
 * server.
 */
@ActiveProfiles(TestDatabases.POSTGRES_PROFILE)
class ArticleLifecyclePostgresIntegrationTests extends ArticleLifecycleIntegrationTests {

}
