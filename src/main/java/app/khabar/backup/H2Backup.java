package app.khabar.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * H2's own online backup: {@code BACKUP TO} copies the open database into a zip, as of
 * one moment, while the site goes on writing; a restore unpacks the database file from
 * it.
 */
final class H2Backup {

	/** H2's error code for a database file another process holds. */
	static final int ALREADY_OPEN = 90020;

	private H2Backup() {
	}

	static void write(JdbcTemplate jdbc, Path zip) {
		jdbc.execute("BACKUP TO '" + zip.toAbsolutePath().toString().replace("'", "''") + "'");
	}

	/**
	 * Opens the database file itself (no site holds it) and backs it up.
	 * @throws SQLException with {@link #ALREADY_OPEN} when a running site holds it
	 */
	static void writeOffline(SiteLocations site, Path zip) throws SQLException {
		try (Connection connection = DriverManager.getConnection(site.databaseUrl() + ";IFEXISTS=TRUE", site.user(),
				site.password()); Statement statement = connection.createStatement()) {
			statement.execute("BACKUP TO '" + zip.toAbsolutePath().toString().replace("'", "''") + "'");
		}
	}

	/** Whether the database file is held by a running site. */
	static boolean inUse(SiteLocations site) {
		if (!Files.exists(mvFile(site))) {
			return false;
		}
		try (Connection connection = DriverManager.getConnection(site.databaseUrl() + ";IFEXISTS=TRUE", site.user(),
				site.password())) {
			return false;
		}
		catch (SQLException ex) {
			return ex.getErrorCode() == ALREADY_OPEN;
		}
	}

	static Path mvFile(SiteLocations site) {
		return Path.of(site.h2File() + ".mv.db");
	}

	/** Unpacks the database file of a {@code BACKUP TO} zip in place of the site's. */
	static void restore(Path zip, SiteLocations site) throws IOException, BackupFailure {
		Path target = mvFile(site);
		Files.createDirectories(target.getParent());
		try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
			for (ZipEntry entry; (entry = entries.getNextEntry()) != null;) {
				if (!entry.isDirectory() && entry.getName().endsWith(".mv.db")) {
					Path written = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".new");
					Files.copy(entries, written, StandardCopyOption.REPLACE_EXISTING);
					Files.deleteIfExists(Path.of(site.h2File() + ".trace.db"));
					Files.move(written, target, StandardCopyOption.REPLACE_EXISTING);
					return;
				}
			}
		}
		throw new BackupFailure(BackupText.t("backup.h2.no-database-file", zip));
	}

}
