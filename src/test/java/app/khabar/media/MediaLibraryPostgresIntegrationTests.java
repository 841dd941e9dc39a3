package app.khabar.media;

import org.springframework.test.context.ActiveProfiles;

import app.khabar.support.TestDatabases;

/** Uploads and their rows on a real PostgreSQL server. */
@ActiveProfiles(TestDatabases.POSTGRES_PROFILE)
class MediaLibraryPostgresIntegrationTests extends MediaLibraryIntegrationTests {

}
