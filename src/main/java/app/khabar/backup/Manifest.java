package app.khabar.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code manifest.properties}, written last into a backup: Khabar's version, the
 * database's kind, when, and the SHA-256 of every other file. A restore checks it before
 * it changes anything: a backup without one (cut short), with a file missing, changed or
 * added, is refused. The sums find a damaged or incomplete copy; they do not sign it
 * (whoever can write the backup can write its manifest), so keep backups where only the
 * operator can write, and read, since they hold the site's keys.
 */
record Manifest(String version, SiteLocations.Kind database, Instant created, Map<String, String> files) {

	static final String FILE = "manifest.properties";

	private static final String FILE_PREFIX = "file.";

	/** Sums every file under {@code dir}. */
	static Manifest of(Path dir, String version, SiteLocations.Kind database, Instant created) throws IOException {
		return new Manifest(version, database, created, sums(dir));
	}

	void write(Path dir) throws IOException {
		var properties = new Properties();
		properties.setProperty("khabar.version", version);
		properties.setProperty("database", database.id());
		properties.setProperty("created", created.toString());
		files.forEach((path, sum) -> properties.setProperty(FILE_PREFIX + path, sum));
		Path written = dir.resolve(FILE + ".new");
		try (Writer out = Files.newBufferedWriter(written, StandardCharsets.UTF_8)) {
			// JDK 18+ writes the keys sorted
			properties.store(out, "Khabar backup: restore with  java -jar khabar.jar restore " + dir);
		}
		Files.move(written, dir.resolve(FILE));
	}

	/**
	 * Reads and checks the manifest of a backup.
	 * @throws BackupFailure when it is missing, unreadable, or a file differs
	 */
	static Manifest verified(Path dir) throws BackupFailure {
		Path file = dir.resolve(FILE);
		if (!Files.isRegularFile(file)) {
			throw new BackupFailure(BackupText.t("backup.manifest.incomplete", dir, FILE));
		}
		Manifest manifest;
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			var properties = new Properties();
			properties.load(in);
			Map<String, String> files = new TreeMap<>();
			for (String key : properties.stringPropertyNames()) {
				if (key.startsWith(FILE_PREFIX)) {
					files.put(key.substring(FILE_PREFIX.length()), properties.getProperty(key));
				}
			}
			manifest = new Manifest(properties.getProperty("khabar.version", "?"),
					SiteLocations.Kind
						.valueOf(properties.getProperty("database", "").toUpperCase(java.util.Locale.ROOT)),
					Instant.parse(properties.getProperty("created", "")), files);
		}
		catch (IOException | RuntimeException ex) {
			throw new BackupFailure(BackupText.t("backup.manifest.unreadable", FILE, dir, ex.getMessage()), ex);
		}
		Map<String, String> found;
		try {
			found = sums(dir);
		}
		catch (IOException | UncheckedIOException ex) {
			throw new BackupFailure(BackupText.t("backup.manifest.files-unreadable", dir, ex.getMessage()), ex);
		}
		for (var entry : manifest.files.entrySet()) {
			String sum = found.get(entry.getKey());
			if (sum == null) {
				throw new BackupFailure(BackupText.t("backup.manifest.missing-file", entry.getKey(), FILE));
			}
			if (!sum.equals(entry.getValue())) {
				throw new BackupFailure(BackupText.t("backup.manifest.tampered", entry.getKey(), FILE));
			}
		}
		for (String path : found.keySet()) {
			if (!manifest.files.containsKey(path)) {
				throw new BackupFailure(BackupText.t("backup.manifest.unlisted-file", path, FILE));
			}
		}
		return manifest;
	}

	/**
	 * Every regular file under {@code dir} but the manifest, by its path with {@code /}.
	 */
	private static Map<String, String> sums(Path dir) throws IOException {
		Map<String, String> sums = new TreeMap<>();
		try (Stream<Path> files = Files.walk(dir)) {
			for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
				String path = dir.relativize(file).toString().replace(java.io.File.separatorChar, '/');
				if (!path.equals(FILE) && !path.equals(FILE + ".new")) {
					sums.put(path, sha256(file));
				}
			}
		}
		return sums;
	}

	static String sha256(Path file) throws IOException {
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(java.io.OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
