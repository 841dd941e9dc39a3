package app.khabar.backup;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@code backup} and {@code restore} share on the command line: the folder argument,
 * the site's options after it, the usage line (exit status 2) and how a failure is told
 * (exit status 1).
 */
final class BackupCommandLine {

	/** The command's own work, given its folder and the options that follow it. */
	interface Work {

		int run(Path dir, List<String> options) throws BackupFailure;

	}

	private BackupCommandLine() {
	}

	static int run(String name, String usage, String[] args, PrintStream err, Work work) {
		if (args.length < 2 || args[1].startsWith("--")) {
			err.println("usage: " + name + " " + usage);
			return 2;
		}
		try {
			return work.run(Path.of(args[1]).toAbsolutePath().normalize(), List.of(args).subList(2, args.length));
		}
		catch (BackupFailure ex) {
			err.println(name + ": " + ex.getMessage());
			return 1;
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			// the configuration: a placeholder without a value (KHABAR_DB_URL), an
			// unreadable file
			err.println(name + ": " + BackupText.t("backup.settings-unreadable", ex.getMessage()));
			return 1;
		}
	}

}
