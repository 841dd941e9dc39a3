package app.khabar.newsroom.web;

import org.springframework.test.context.ActiveProfiles;

import app.khabar.support.TestDatabases;

/**
 * {@link BylineEditorIntegrationTests} on a real PostgreSQL server.
 */
@ActiveProfiles(TestDatabases.POSTGRES_PROFILE)
class BylineEditorPostgresIntegrationTests extends BylineEditorIntegrationTests {

}
