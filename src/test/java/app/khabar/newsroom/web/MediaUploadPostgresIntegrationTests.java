package app.khabar.newsroom.web;

import org.springframework.test.context.ActiveProfiles;

import app.khabar.support.TestDatabases;

/** Uploads over HTTP and their rows on a real PostgreSQL server. */
@ActiveProfiles(TestDatabases.POSTGRES_PROFILE)
class MediaUploadPostgresIntegrationTests extends MediaUploadIntegrationTests {

}
