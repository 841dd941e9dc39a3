package app.khabar.wordpress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.khabar.KhabarApplication;

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

}
