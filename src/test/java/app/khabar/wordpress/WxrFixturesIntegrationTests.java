package app.khabar.wordpress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.khabar.persian.SharedTestData;

/**
 * WordPress importer's own fixtures ({@code shared/data/wxr}): every file either imports
 * (what it holds, reported) or is refused as not an export; none ends the import with an
 * error.
 */
@Tag("shared-data")
@SpringBootTest(properties = "khabar.demo.enabled=false")
class WxrFixturesIntegrationTests {

	@Autowired
	WxrImport wxrImport;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyFixtureImportsOrIsRefusedAsNotAnExport() throws IOException {
		Path root = SharedTestData.folder("wxr");
		List<Path> files;
		try (Stream<Path> walk = Files.walk(root)) {
			files = walk.filter(file -> file.toString().endsWith(".xml")).sorted().toList();
		}
		assertThat(files).hasSizeGreaterThan(30);
		int imported = 0;
		for (Path file : files) {
			try {
				WxrImport.Summary summary = wxrImport.importFiles(List.of(file), WxrImport.Options.DEFAULT);
				imported += summary.imported() + summary.alreadyPresent();
			}
			catch (WxrImport.NotWxrFile refused) {
				assertThat(refused.getMessage()).as(file.toString()).contains("وردپرس");
			}
		}
		assertThat(imported).isGreaterThan(100);
	}

	@Test
	void theThemeUnitTestDataKeepsItsThreadsAndCounters() throws Exception {
		Path file = SharedTestData.folder("wxr/phpunit-data").resolve("theme-unit-test-data.xml");

		WxrImport.Summary summary = wxrImport.importFiles(List.of(file), WxrImport.Options.DEFAULT);

		// the tests share a database: another may have imported the file first
		assertThat(summary.imported() + summary.alreadyPresent()).isGreaterThan(20);
		assertThat(summary.commentsImported() + summary.commentsPresent()).isGreaterThan(20);
		assertThat(summary.skipped()).containsKeys("page (Khabar has no static pages)", "post type nav_menu_item");
		// counters equal the comments stored, by status, on every article
		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM comment_counters k WHERE k.published <> (SELECT COUNT(*) FROM comment_comment c
				  WHERE c.article_id = k.article_id AND c.status = 'PUBLISHED')
				""").query(Long.class).single()).isZero();
		assertThat(
				jdbc.sql("SELECT COUNT(*) FROM comment_comment WHERE parent_id IS NOT NULL").query(Long.class).single())
			.isPositive();
		WxrImport.Summary again = wxrImport.importFiles(List.of(file), WxrImport.Options.DEFAULT);
		assertThat(again.imported()).isZero();
		assertThat(again.commentsImported()).isZero();
	}

	@Test
	void aMalformedItemIsReportedAndTheUtf8ChallengesSurvive() throws Exception {
		Path data = SharedTestData.folder("wxr/phpunit-data");

		WxrImport.Summary malformed = wxrImport.importFiles(List.of(data.resolve("malformed-simple.xml")),
				WxrImport.Options.DEFAULT);
		assertThat(malformed.skipped()).containsKey("item cut off by the end of the file");

		WxrImport.Summary challenges = wxrImport.importFiles(List.of(data.resolve("wxr-utf-8-challenges.xml")),
				WxrImport.Options.DEFAULT);
		assertThat(challenges.imported() + challenges.alreadyPresent()).isEqualTo(1);
	}

	@Test
	void aFileThatIsNotWxrIsRefused() {
		Path data = SharedTestData.folder("wxr/phpunit-data");

		assertThatThrownBy(() -> wxrImport.importFiles(
				List.of(data.resolve("large-authors.xml").getParent().resolve("..").resolve("SOURCE.md")),
				WxrImport.Options.DEFAULT))
			.isInstanceOf(WxrImport.NotWxrFile.class);
	}

}
