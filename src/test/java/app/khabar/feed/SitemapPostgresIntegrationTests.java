package app.khabar.feed;

import org.springframework.test.context.ActiveProfiles;

import app.khabar.support.TestDatabases;

/** {@link SitemapIntegrationTests}: the sitemaps on a real PostgreSQL server. */
@ActiveProfiles(TestDatabases.POSTGRES_PROFILE)
class SitemapPostgresIntegrationTests extends SitemapIntegrationTests {

}
