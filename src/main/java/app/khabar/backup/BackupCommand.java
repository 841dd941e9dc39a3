package app.khabar.backup;

import java.io.PrintStream;
import java.time.Instant;

/**
 * {@code java -jar khabar.jar backup DIR [--spring.option=value ...]}: writes a backup of
 * the site that the options describe (the same ones the site starts with) into the new or
 * empty folder {@code DIR}: the database, the data dir's keys, the moderation model and
 * the media, with a manifest (see {@link SiteBackup}). On H2 the copy is online and
 * consistent: when a running site holds the database, it makes the copy itself, asked
 * through its loopback actuator endpoint. Prints a summary; exit status 0 done, 1 failed
 * (nothing left in {@code DIR}), 2 usage.
 */
public final class BackupCommand {

	/** The first program argument that selects this command. */
	public static final String NAME = "backup";

	private BackupCommand() {
	}

	public static int run(String[] args) {
		return run(args, System.out, System.err);
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		return BackupCommandLine.run(NAME, "<folder> [--spring.option=value ...]", args, err, (dir, options) -> {
			SiteLocations site = SiteLocations.of(options);
			SiteBackup.Summary summary = SiteBackup.backup(site, dir, SiteBackup.version(), Instant.now());
			out.println(BackupText.t("backup.written", dir,
					summary.online() ? BackupText.t("backup.written.online")
							: summary.database() == SiteLocations.Kind.POSTGRESQL
									? BackupText.t("backup.written.pg-dump") : "",
					summary.database().id(), summary.databaseBytes(), summary.secrets(), summary.models(),
					summary.media()));
			out.println(BackupText.t("backup.written.restore-with", dir));
			return 0;
		});
	}

}
