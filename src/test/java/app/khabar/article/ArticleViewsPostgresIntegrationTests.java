package app.khabar.article;

import org.springframework.test.context.ActiveProfiles;

import app.khabar.support.TestDatabases;

/**
 * {@link ArticleViewsIntegrationTests} on a real PostgreSQL server, where the day's row
 * is an upsert of its own.
 */
@ActiveProfiles(TestDatabases.POSTGRES_PROFILE)
class ArticleViewsPostgresIntegrationTests extends ArticleViewsIntegrationTests {

}
