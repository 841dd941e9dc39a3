package app.khabar.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * What {@code backup} and {@code restore} do, on a site's {@link SiteLocations}. A backup
 * folder holds:
 * <ul>
 * <li>{@code database.zip} (H2's {@code BACKUP TO}) or {@code database.dump}
 * ({@code pg_dump -Fc});</li>
 * <li>{@code secrets/}: the data dir's keys (client hash, captcha HMAC, two-factor,
 * device cookies), without which bans and flood screening stop matching, captchas issued
 * before are refused, two-factor secrets no longer open and remembered devices are
 * forgotten; not {@code backup.key}, which is the machine's own;</li>
 * <li>{@code moderation/}: the learned screening model;</li>
 * <li>{@code media/}: the uploads;</li>
 * <li>{@link Manifest#FILE}, written last.</li>
 * </ul>
 * Not the search index: it is derived from the database, and a restore deletes it so the
 * next start rebuilds it. The database is copied first and the files after it, so every
 * upload the copied database names is there.
 */
final class SiteBackup {

	static final String H2_FILE = "database.zip";

	static final String POSTGRES_FILE = "database.dump";

	private static final Predicate<Path> NOT_TEMPORARY = file -> {
		String name = file.getFileName().toString();
		return !name.endsWith(".new") && !name.endsWith(".partial");
	};

	private static final Predicate<Path> NOT_MACHINE_KEY = file -> !file.getFileName()
		.toString()
		.equals(BackupKey.FILE);

	private SiteBackup() {
	}

	/**
	 * What a backup or a restore did, for the summary; {@code online}: the running site
	 * made the H2 copy.
	 */
	record Summary(SiteLocations.Kind database, boolean online, long databaseBytes, int secrets, int models,
			int media) {
	}

	static Summary backup(SiteLocations site, Path dir, String version, Instant now) throws BackupFailure {
		SiteLocations.Kind kind = kind(site);
		Path target = dir.toAbsolutePath().normalize();
		boolean created = !Files.exists(target);
		try {
			if (!created && !empty(target)) {
				throw new BackupFailure(BackupText.t("backup.target-not-empty", target));
			}
			Files.createDirectories(target);
			if (created && Files.getFileStore(target).supportsFileAttributeView(PosixFileAttributeView.class)) {
				// it holds the site's keys: the operator's alone, as the data dir's
				// secrets are
				Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwx------"));
			}
		}
		catch (IOException ex) {
			throw new BackupFailure(BackupText.t("backup.target-not-created", target, ex.getMessage()), ex);
		}
		try {
			boolean online = false;
			Path database;
			if (kind == SiteLocations.Kind.H2) {
				database = target.resolve(H2_FILE);
				if (!Files.exists(H2Backup.mvFile(site))) {
					throw new BackupFailure(BackupText.t("backup.no-database", H2Backup.mvFile(site)));
				}
				online = h2(site, database);
			}
			else {
				database = target.resolve(POSTGRES_FILE);
				// pg_dump reads one snapshot, whether or not the site is writing
				new PgTools(site).dump(database);
			}
			int secrets = copy(site.secretsDir(), target.resolve("secrets"), NOT_TEMPORARY.and(NOT_MACHINE_KEY));
			int models = copy(site.moderationDir(), target.resolve("moderation"), NOT_TEMPORARY);
			int media = copy(site.mediaDir(), target.resolve("media"), NOT_TEMPORARY);
			Manifest.of(target, version, kind, now).write(target);
			return new Summary(kind, online, Files.size(database), secrets, models, media);
		}
		catch (BackupFailure | IOException | RuntimeException ex) {
			// nothing half-written stays behind to be taken for a backup
			try {
				if (created) {
					delete(target);
				}
				else {
					clear(target);
				}
			}
			catch (IOException ignored) {
				// the missing manifest marks it as no backup anyway
			}
			if (ex instanceof BackupFailure failure) {
				throw failure;
			}
			throw new BackupFailure(BackupText.t("backup.cut-short", ex.getMessage()), ex);
		}
	}

	/**
	 * Backs up the H2 file: itself when no site holds it, else through the running site's
	 * endpoint. Tells whether the site was running.
	 */
	private static boolean h2(SiteLocations site, Path zip) throws BackupFailure {
		try {
			H2Backup.writeOffline(site, zip);
			return false;
		}
		catch (SQLException ex) {
			if (ex.getErrorCode() != H2Backup.ALREADY_OPEN) {
				throw new BackupFailure(BackupText.t("backup.h2-not-opened", ex.getMessage()), ex);
			}
		}
		askRunningSite(site, zip);
		return true;
	}

	private static void askRunningSite(SiteLocations site, Path zip) throws BackupFailure {
		String key;
		String endpoint;
		try {
			key = Files.readString(site.backupKey(), StandardCharsets.US_ASCII).strip();
			endpoint = Files.readString(site.endpointFile(), StandardCharsets.US_ASCII).strip();
		}
		catch (IOException ex) {
			throw new BackupFailure(BackupText.t("backup.online.endpoint-unreadable", site.endpointFile(),
					site.backupKey(), ex.getMessage()), ex);
		}
		String body = "{\"key\":" + json(key) + ",\"file\":" + json(zip.toString()) + "}";
		try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(endpoint))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new BackupFailure(
						BackupText.t("backup.online.refused", endpoint, response.statusCode(), response.body()));
			}
		}
		catch (IOException ex) {
			throw new BackupFailure(BackupText.t("backup.online.no-answer", endpoint, ex.getMessage()), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new BackupFailure(BackupText.t("backup.cut-short.interrupted"), ex);
		}
		if (!Files.isRegularFile(zip)) {
			throw new BackupFailure(BackupText.t("backup.online.no-file", zip));
		}
	}

	static Summary restore(SiteLocations site, Path dir, boolean force) throws BackupFailure {
		Path source = dir.toAbsolutePath().normalize();
		Manifest manifest = Manifest.verified(source);
		SiteLocations.Kind kind = kind(site);
		if (manifest.database() != kind) {
			throw new BackupFailure(BackupText.t("backup.restore.other-database", manifest.database().id(), kind.id()));
		}
		PgTools postgres = kind == SiteLocations.Kind.POSTGRESQL ? new PgTools(site) : null;
		if (kind == SiteLocations.Kind.H2 && H2Backup.inUse(site)) {
			throw new BackupFailure(BackupText.t("backup.restore.site-running", H2Backup.mvFile(site)));
		}
		List<String> occupied = new ArrayList<>();
		int tables = 0;
		try {
			if (postgres != null) {
				postgres.tool("pg_restore");
				tables = postgres.tables();
				if (tables > 0) {
					occupied.add(BackupText.t("backup.restore.occupied-database", tables));
				}
			}
			else if (Files.exists(H2Backup.mvFile(site))) {
				occupied.add(H2Backup.mvFile(site).toString());
			}
			for (Path folder : List.of(site.secretsDir(), site.moderationDir(), site.mediaDir())) {
				if (Files.isDirectory(folder) && count(folder, NOT_MACHINE_KEY) > 0) {
					occupied.add(folder.toString());
				}
			}
		}
		catch (IOException ex) {
			throw new BackupFailure(BackupText.t("backup.restore.target-unreadable", ex.getMessage()), ex);
		}
		if (!occupied.isEmpty() && !force) {
			throw new BackupFailure(BackupText.t("backup.restore.target-not-empty",
					String.join(BackupText.t("backup.list-separator"), occupied)));
		}
		try {
			long databaseBytes;
			if (postgres != null) {
				Path dump = source.resolve(POSTGRES_FILE);
				postgres.restore(dump, tables > 0);
				databaseBytes = Files.size(dump);
			}
			else {
				Path zip = source.resolve(H2_FILE);
				H2Backup.restore(zip, site);
				databaseBytes = Files.size(H2Backup.mvFile(site));
			}
			int secrets = replace(source.resolve("secrets"), site.secretsDir(), NOT_MACHINE_KEY);
			int models = replace(source.resolve("moderation"), site.moderationDir(), file -> true);
			int media = replace(source.resolve("media"), site.mediaDir(), file -> true);
			// node-local and derived from the database: the next start builds it anew
			delete(site.indexDir());
			return new Summary(kind, false, databaseBytes, secrets, models, media);
		}
		catch (IOException | UncheckedIOException ex) {
			throw new BackupFailure(BackupText.t("backup.restore.cut-short", ex.getMessage()), ex);
		}
	}

	private static SiteLocations.Kind kind(SiteLocations site) throws BackupFailure {
		SiteLocations.Kind kind = site.kind();
		if (kind == null) {
			throw new BackupFailure(BackupText.t("backup.unsupported-database", site.databaseUrl()));
		}
		return kind;
	}

	/** Khabar's version, from the jar's build information. */
	static String version() {
		try (InputStream in = SiteBackup.class.getResourceAsStream("/META-INF/build-info.properties")) {
			if (in != null) {
				var properties = new Properties();
				properties.load(in);
				return properties.getProperty("build.version", "unknown");
			}
		}
		catch (IOException ex) {
			// falls through
		}
		return "unknown";
	}

	/**
	 * Empties {@code to} (but what {@code keep} refuses) and copies {@code from} into it.
	 */
	private static int replace(Path from, Path to, Predicate<Path> keep) throws IOException {
		if (Files.isDirectory(to)) {
			try (Stream<Path> files = Files.walk(to)) {
				for (Path file : files.filter(Files::isRegularFile).filter(keep).toList()) {
					Files.delete(file);
				}
			}
		}
		return copy(from, to, file -> true);
	}

	private static int copy(Path from, Path to, Predicate<Path> filter) throws IOException {
		if (!Files.isDirectory(from)) {
			return 0;
		}
		int copied = 0;
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.filter(Files::isRegularFile).filter(filter).toList()) {
				Path target = to.resolve(from.relativize(file).toString());
				Files.createDirectories(target.getParent());
				Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
						java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
				copied++;
			}
		}
		return copied;
	}

	private static long count(Path folder, Predicate<Path> filter) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).filter(filter).count();
		}
	}

	private static boolean empty(Path folder) throws IOException {
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.findAny().isEmpty();
		}
	}

	private static void clear(Path folder) throws IOException {
		try (Stream<Path> entries = Files.list(folder)) {
			for (Path entry : entries.toList()) {
				delete(entry);
			}
		}
	}

	private static void delete(Path path) throws IOException {
		if (!Files.exists(path)) {
			return;
		}
		try (Stream<Path> files = Files.walk(path)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

	private static String json(String text) {
		var out = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				default -> {
					if (c < 0x20) {
						out.append("\\u%04x".formatted((int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}

}
