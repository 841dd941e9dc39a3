package app.khabar.article.web;

import org.springframework.test.context.ActiveProfiles;

import app.khabar.support.TestDatabases;

/**
 * {@link ArticlePageIntegrationTests} on a real PostgreSQL server.
 */
@ActiveProfiles(TestDatabases.POSTGRES_PROFILE)
class ArticlePagePostgresIntegrationTests extends ArticlePageIntegrationTests {

}
