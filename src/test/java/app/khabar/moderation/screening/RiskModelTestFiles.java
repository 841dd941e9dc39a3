package app.khabar.moderation.screening;

import java.nio.file.Path;

/** The small labelled file of our own, for tests in other packages. */
public final class RiskModelTestFiles {

	private RiskModelTestFiles() {
	}

	public static Path labelled() {
		return RiskModelTests.labelledFile();
	}

}
