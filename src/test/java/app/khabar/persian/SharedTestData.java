package app.khabar.persian;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shared data folder ({@code khabar.shared-data}, default {@code ../shared/data}) for
 * tests tagged {@code shared-data}: a missing folder skips them, saying so, unless
 * {@code khabar.require-shared-data=true}.
 */
public final class SharedTestData {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private SharedTestData() {
	}

	/**
	 * The folder under the shared data folder, or the test is skipped (or fails, when the
	 * data is required).
	 */
	public static Path folder(String relative) {
		Path dir = Path.of(System.getProperty("khabar.shared-data", "../shared/data")).resolve(relative);
		if (!Files.isDirectory(dir)) {
			String message = "shared data not found at " + dir.toAbsolutePath().normalize()
					+ " (set -Dkhabar.shared-data=DIR)";
			if (Boolean.getBoolean("khabar.require-shared-data")) {
				fail(message);
			}
			Assumptions.abort(message + ": skipped");
		}
		return dir;
	}

	/** One JSON object per line. */
	public static List<JsonNode> jsonLines(Path file) {
		try (var lines = Files.lines(file)) {
			return lines.filter(line -> !line.isBlank()).map(JSON::readTree).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
