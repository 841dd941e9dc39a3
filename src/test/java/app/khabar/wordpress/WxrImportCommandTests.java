package app.khabar.wordpress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.khabar.KhabarApplication;
import app.khabar.shared.OfflineCommand;

class WxrImportCommandTests {

	@TempDir
	Path dir;

	@Test
	void readsFilesOptionsAndSpringOptions() throws Exception {
		Path map = Files.writeString(dir.resolve("sections.txt"), "# نگاشت\n%d9%88%d8%b1%d8%b2%d8%b4%db%8c = sports\n",
				StandardCharsets.UTF_8);

		WxrImportCommand.Arguments arguments = WxrImportCommand.parse(new String[] { "import-wxr", "a.xml", "b.xml",
				"--dry-run", "--uploads", dir.toString(), "--sections", map.toString(), "--flatten-categories",
				"--time-zone", "UTC", "--spring.profiles.active=postgres" });

		assertThat(arguments.files()).containsExactly(Path.of("a.xml"), Path.of("b.xml"));
		assertThat(arguments.options().dryRun()).isTrue();
		assertThat(arguments.options().uploads()).isEqualTo(dir);
		assertThat(arguments.options().sections()).isEqualTo(Map.of("ورزشی", "sports"));
		assertThat(arguments.options().flattenCategories()).isTrue();
		assertThat(arguments.options().zone().getId()).isEqualTo("UTC");
		assertThat(arguments.spring()).containsExactly("--spring.profiles.active=postgres");
	}

	@Test
	void refusesBadUsageInPersian() {
		assertThatThrownBy(() -> WxrImportCommand.parse(new String[] { "import-wxr" }))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("پرونده‌ای برای ورود داده نشده است");
		assertThatThrownBy(
				() -> WxrImportCommand.parse(new String[] { "import-wxr", "a.xml", "--time-zone", "Mars/Base" }))
			.hasMessageContaining("منطقهٔ زمانی ناشناخته");
		assertThatThrownBy(() -> WxrImportCommand.parse(new String[] { "import-wxr", "a.xml", "--uploads" }))
			.hasMessageContaining("«--uploads» مقداری می‌خواهد");
	}

	@Test
	void aFileThatIsNotWxrFailsBeforeSpringStarts() throws Exception {
		Path file = Files.writeString(dir.resolve("news.jsonl"), "{\"title\": \"خبر\"}\n", StandardCharsets.UTF_8);

		long started = System.nanoTime();
		int status = WxrImportCommand.run(KhabarApplication.class, new String[] { "import-wxr", file.toString() });

		assertThat(status).isEqualTo(1);
		assertThat(System.nanoTime() - started).isLessThan(2_000_000_000L);
	}

	@Test
	void aDryRunReportsWithoutMakingAnything() throws Exception {
		Path file = Path.of("src/test/resources/wxr/persian-news.xml");
		Path data = dir.resolve("data");
		var printed = new java.io.ByteArrayOutputStream();
		java.io.PrintStream out = System.out;
		System.setOut(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
		int status;
		try {
			status = WxrImportCommand.run(KhabarApplication.class,
					new String[] { "import-wxr", file.toString(), "--dry-run", "--khabar.data-dir=" + data });
		}
		finally {
			System.setOut(out);
		}

		assertThat(status).isZero();
		// no database, no admin account, no search index, no media: not even the folder
		assertThat(data).doesNotExist();
		assertThat(printed.toString(StandardCharsets.UTF_8)).contains("نوشتهٔ منتشرشده: ۱",
				"نوشتهٔ پیش‌نویس (draft): ۱", "آزمایشی");
	}

	@Test
	void saysInOneLineThatARunningSiteHoldsTheEmbeddedDatabase() throws Exception {
		Path data = dir.resolve("data");
		String url = "jdbc:h2:file:" + data.resolve("db/khabar").toAbsolutePath() + ";MODE=PostgreSQL";
		List<String> options = List.of("--khabar.data-dir=" + data);
		// another process holds the database open, as the running site does: H2's shell,
		// waiting for input
		String h2 = Path.of(org.h2.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
		Process site = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", h2,
				"org.h2.tools.Shell", "-url", url, "-user", "sa", "-password", "")
			.redirectErrorStream(true)
			.start();
		try {
			site.getOutputStream().write("SELECT 1;\n".getBytes(StandardCharsets.UTF_8));
			site.getOutputStream().flush();
			// the shell answers once the database is open
			site.getInputStream().read();

			assertThat(OfflineCommand.embeddedDatabaseInUse(options))
				.hasValueSatisfying(message -> assertThat(message).contains("سایت").doesNotContain("\n"));
			assertThat(WxrImportCommand.run(KhabarApplication.class,
					new String[] { "import-wxr", "src/test/resources/wxr/persian-news.xml", options.getFirst() }))
				.isEqualTo(1);
		}
		finally {
			site.destroy();
			site.waitFor();
		}
		assertThat(OfflineCommand.embeddedDatabaseInUse(options)).isEmpty();
	}

}
