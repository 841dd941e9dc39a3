package app.khabar.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.ActiveProfiles;

import app.khabar.support.TestDatabases;

/**
 * {@link ModerationDeskIntegrationTests} on a real PostgreSQL server, where the two
 * moderators' updates really race on the row lock, and the text search has its trigram
 * index.
 */
@ActiveProfiles(TestDatabases.POSTGRES_PROFILE)
class ModerationDeskPostgresIntegrationTests extends ModerationDeskIntegrationTests {

	@Test
	void theTextSearchHasATrigramIndexOnPostgres() {
		String definition = jdbc.sql("SELECT indexdef FROM pg_indexes WHERE indexname = 'moderation_item_search'")
			.query(String.class)
			.single();

		assertThat(definition).contains("USING gin", "search_text gin_trgm_ops");
	}

}
