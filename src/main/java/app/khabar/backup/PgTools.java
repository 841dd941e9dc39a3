package app.khabar.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * PostgreSQL's own tools, found in {@code khabar.backup.pg-bin} or on the PATH:
 * {@code pg_dump -Fc} takes one consistent snapshot while the site runs,
 * {@code pg_restore} loads it into an empty database (or, with {@code --force}, over the
 * one there: {@code --clean --if-exists}), in one transaction. {@code pg_dump} refuses a
 * server of a newer major version than its own, so that is checked first and said in
 * Persian.
 */
final class PgTools {

	private static final Pattern VERSION = Pattern.compile("\\(PostgreSQL\\) (\\d+)");

	/** libpq's URI takes these of the JDBC URL's parameters as they are. */
	private static final List<String> LIBPQ_PARAMETERS = List.of("sslmode", "sslrootcert", "sslcert", "sslkey",
			"connect_timeout", "application_name");

	private final SiteLocations site;

	PgTools(SiteLocations site) {
		this.site = site;
	}

	void dump(Path file) throws BackupFailure {
		int tool = major("pg_dump");
		int server = serverMajor();
		if (tool < server) {
			throw new BackupFailure(BackupText.t("backup.pg.dump-too-old", tool, server));
		}
		run(List.of(tool("pg_dump").toString(), "--format=custom", "--no-password", "--file=" + file,
				"--dbname=" + libpqUri(), "--username=" + user()));
	}

	void restore(Path file, boolean clean) throws BackupFailure {
		List<String> command = new ArrayList<>(List.of(tool("pg_restore").toString(), "--no-owner", "--no-privileges",
				"--exit-on-error", "--single-transaction", "--no-password"));
		if (clean) {
			command.addAll(List.of("--clean", "--if-exists"));
		}
		command.addAll(List.of("--dbname=" + libpqUri(), "--username=" + user(), file.toString()));
		run(command);
	}

	/** The tables in the target database, outside PostgreSQL's own schemas. */
	int tables() throws BackupFailure {
		return queryInt(
				"SELECT count(*) FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')");
	}

	private int serverMajor() throws BackupFailure {
		return queryInt("SELECT current_setting('server_version_num')::int") / 10000;
	}

	private int queryInt(String sql) throws BackupFailure {
		try (Connection connection = DriverManager.getConnection(site.databaseUrl(), site.user(), site.password());
				Statement statement = connection.createStatement();
				ResultSet row = statement.executeQuery(sql)) {
			row.next();
			return row.getInt(1);
		}
		catch (SQLException ex) {
			throw new BackupFailure(BackupText.t("backup.pg.unreachable", site.databaseUrl(), ex.getMessage()), ex);
		}
	}

	private int major(String name) throws BackupFailure {
		String version = execute(List.of(tool(name).toString(), "--version")).output();
		Matcher matcher = VERSION.matcher(version);
		if (!matcher.find()) {
			throw new BackupFailure(BackupText.t("backup.pg.version-unreadable", name, version.strip()));
		}
		return Integer.parseInt(matcher.group(1));
	}

	Path tool(String name) throws BackupFailure {
		if (site.pgBin() != null) {
			Path tool = site.pgBin().resolve(name);
			if (Files.isExecutable(tool)) {
				return tool;
			}
			throw new BackupFailure(BackupText.t("backup.pg.not-in-pg-bin", name, site.pgBin()));
		}
		for (String folder : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
			if (!folder.isBlank() && Files.isExecutable(Path.of(folder, name))) {
				return Path.of(folder, name);
			}
		}
		throw new BackupFailure(BackupText.t("backup.pg.not-found", name));
	}

	private String user() {
		if (!site.user().isBlank()) {
			return site.user();
		}
		String fromUrl = parameters().get("user");
		return fromUrl != null ? fromUrl : "postgres";
	}

	private @Nullable String password() {
		if (!site.password().isEmpty()) {
			return site.password();
		}
		return parameters().get("password");
	}

	/** {@code jdbc:postgresql://host:port/db?sslmode=…} as libpq's URI. */
	String libpqUri() {
		String url = site.databaseUrl().substring("jdbc:".length());
		int query = url.indexOf('?');
		String base = query < 0 ? url : url.substring(0, query);
		List<String> kept = parameters().entrySet()
			.stream()
			.filter(parameter -> LIBPQ_PARAMETERS.contains(parameter.getKey()))
			.map(parameter -> parameter.getKey() + "=" + parameter.getValue())
			.toList();
		return kept.isEmpty() ? base : base + "?" + String.join("&", kept);
	}

	private Map<String, String> parameters() {
		String url = site.databaseUrl();
		int query = url.indexOf('?');
		if (query < 0) {
			return Map.of();
		}
		var parameters = new java.util.LinkedHashMap<String, String>();
		for (String pair : url.substring(query + 1).split("&")) {
			int equals = pair.indexOf('=');
			if (equals > 0) {
				parameters.put(pair.substring(0, equals),
						java.net.URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
			}
		}
		return parameters;
	}

	private void run(List<String> command) throws BackupFailure {
		Finished finished = execute(command);
		if (finished.exit() != 0) {
			throw new BackupFailure(BackupText.t("backup.pg.failed", Path.of(command.getFirst()).getFileName(),
					finished.exit(), finished.output().strip()));
		}
	}

	private record Finished(int exit, String output) {
	}

	private Finished execute(List<String> command) throws BackupFailure {
		var builder = new ProcessBuilder(command).redirectErrorStream(true);
		String password = password();
		if (password != null && !password.isEmpty()) {
			builder.environment().put("PGPASSWORD", password);
		}
		try {
			Process process = builder.start();
			process.getOutputStream().close();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			// the output is read to its end, so the tool has closed it: it is exiting
			return new Finished(process.waitFor(), output);
		}
		catch (IOException ex) {
			throw new BackupFailure(BackupText.t("backup.pg.not-run", command.getFirst(), ex.getMessage()), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new BackupFailure(BackupText.t("backup.pg.interrupted", command.getFirst()), ex);
		}
	}

}
