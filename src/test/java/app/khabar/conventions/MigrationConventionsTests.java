package app.khabar.conventions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Flyway migrations live in {@code db/migration/common/<module>/} (portable SQL) or
 * {@code db/migration/{h2,postgresql}/<module>/} (dialect deltas), for an existing
 * module, and are named {@code V<yyyy>_<MM>_
 *
<dd>_<HHmm>__<module>_<what>.sql} with a real date and the folder's module; each version
 * is used once per database.
 */
class MigrationConventionsTests {

	private static final Set<String> LOCATIONS = Set.of("common", "h2", "postgresql");

	private static final Pattern NAME = Pattern
		.compile("V(\\d{4}_\\d{2}_\\d{2}_\\d{4})__([a-z][a-z0-9]*)_([a-z0-9_]+)\\.sql");

	private static final DateTimeFormatter VERSION = DateTimeFormatter.ofPattern("uuuu_MM_dd_HHmm");

	@Test
	void migrationsAreNamedAndPlacedByModule() {
		Set<String> modules = SourceFiles.modules();
		List<Path> files = SourceFiles.files(SourceFiles.MIGRATIONS, "");
		assertThat(files).isNotEmpty();
		List<String> problems = new ArrayList<>();
		for (Path file : files) {
			Path relative = SourceFiles.MIGRATIONS.relativize(file);
			if (relative.getNameCount() != 3 || !LOCATIONS.contains(relative.getName(0).toString())) {
				problems.add(relative + ": not in {common,h2,postgresql}/<module>/");
				continue;
			}
			String folder = relative.getName(1).toString();
			if (!modules.contains(folder)) {
				problems.add(relative + ": no module named " + folder);
			}
			Matcher name = NAME.matcher(relative.getFileName().toString());
			if (!name.matches()) {
				problems.add(relative + ": not V<yyyy>_<MM>_<dd>_<HHmm>__<module>_<what>.sql");
				continue;
			}
			if (!name.group(2).equals(folder)) {
				problems.add(relative + ": prefix " + name.group(2) + " in folder " + folder);
			}
			try {
				LocalDateTime.parse(name.group(1), VERSION);
			}
			catch (DateTimeParseException ex) {
				problems.add(relative + ": " + name.group(1) + " is not a date and time");
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void everyVersionIsUsedOncePerDatabase() {
		for (String vendor : List.of("h2", "postgresql")) {
			Map<String, Path> versions = new HashMap<>();
			List<String> duplicates = new ArrayList<>();
			for (String location : List.of("common", vendor)) {
				for (Path file : SourceFiles.files(SourceFiles.MIGRATIONS.resolve(location), ".sql")) {
					Matcher name = NAME.matcher(file.getFileName().toString());
					if (name.matches()) {
						Path previous = versions.putIfAbsent(name.group(1), file);
						if (previous != null) {
							duplicates.add(previous + " and " + file);
						}
					}
				}
			}
			assertThat(duplicates).as("versions used twice on %s", vendor).isEmpty();
		}
	}

}
