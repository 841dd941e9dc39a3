package app.khabar.moderation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Leaves a test context as a new site has it, without a model: test classes share
 * contexts, and the others expect verdicts without a risk score.
 */
public final class NoModel {

	private NoModel() {
	}

	public static void restore(ScreeningModels models, String dataDir) throws IOException {
		Files.deleteIfExists(Path.of(dataDir, "moderation", ScreeningModels.CURRENT));
		models.reload();
	}

}
