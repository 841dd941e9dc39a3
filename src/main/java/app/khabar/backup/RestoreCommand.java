package app.khabar.backup;

import java.io.PrintStream;
import java.nio.file.Files;
import java.util.List;

/**
 * {@code java -jar khabar.jar restore DIR [--force] [--spring.option=value ...]}: puts a
 * backup made by {@code backup} onto the site that the options describe, with the site
 * stopped. It checks the backup's manifest first (a damaged, incomplete or altered backup
 * is refused and nothing changes), refuses a target that already has a database, keys, a
 * model or media unless {@code --force}, then restores the database, the keys, the model
 * and the media, and deletes the search index, which the next start rebuilds. Exit status
 * 0 done, 1 refused or failed, 2 usage.
 */
public final class RestoreCommand {

	/** The first program argument that selects this command. */
	public static final String NAME = "restore";

	private RestoreCommand() {
	}

	public static int run(String[] args) {
		return run(args, System.out, System.err);
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		return BackupCommandLine.run(NAME, "<backup-folder> [--force] [--spring.option=value ...]", args, err,
				(dir, arguments) -> {
					if (!Files.isDirectory(dir)) {
						err.println(NAME + ": " + BackupText.t("backup.restore.no-folder", dir));
						return 1;
					}
					boolean force = arguments.contains("--force");
					List<String> options = arguments.stream().filter(option -> !option.equals("--force")).toList();
					SiteLocations site = SiteLocations.of(options);
					SiteBackup.Summary summary = SiteBackup.restore(site, dir, force);
					out.println(BackupText.t("backup.restored", dir, summary.database().id(), summary.databaseBytes(),
							summary.secrets(), summary.models(), summary.media()));
					return 0;
				});
	}

}
