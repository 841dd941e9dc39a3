package app.khabar.shared;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the offline commands ({@code import-news}, {@code import-wxr}, {@code export-wxr})
 * pass to Spring: the Spring options given, plus two defaults unless given: no demo
 * content (an import loads only its file) and no HTTP port (neither the site's nor the
 * actuator's). The web shell's beans need a servlet context, so the context stays a web
 * one, but with {@code server.port=-1} its server never listens. Before Spring starts,
 * {@link #embeddedDatabaseInUse} tells whether the embedded H2 database is held by a
 * running site, so the command can say so in one line instead of failing with a stack
 * trace.
 */
public final class OfflineCommand {

	private OfflineCommand() {
	}

	public static String[] springArguments(List<String> springOptions) {
		List<String> options = new ArrayList<>(springOptions);
		if (options.stream().noneMatch(option -> option.startsWith("--khabar.demo.enabled"))) {
			options.add("--khabar.demo.enabled=false");
		}
		if (options.stream().noneMatch(option -> option.startsWith("--server.port"))) {
			options.add("--server.port=-1");
		}
		// nor the actuator's: a running site holds that port
		if (options.stream().noneMatch(option -> option.startsWith("--management.server.port"))) {
			options.add("--management.server.port=-1");
		}
		return options.toArray(String[]::new);
	}

	/** H2's error code for a database file another process holds. */
	private static final int H2_DATABASE_ALREADY_OPEN = 90020;

	/**
	 * The one-line message to print when the command would use the embedded H2 database
	 * of a data dir that a running site holds; empty when it uses another database (a
	 * profile or a datasource of its own) or the file is free.
	 */
	public static Optional<String> embeddedDatabaseInUse(List<String> springOptions) {
		String dataDir = System.getenv().getOrDefault("KHABAR_DATA_DIR", "./data");
		for (String option : springOptions) {
			if (option.startsWith("--spring.profiles.active") || option.startsWith("--spring.datasource.url")) {
				return Optional.empty();
			}
			if (option.startsWith("--khabar.data-dir=")) {
				dataDir = option.substring("--khabar.data-dir=".length());
			}
		}
		if (System.getenv("SPRING_PROFILES_ACTIVE") != null || System.getenv("SPRING_DATASOURCE_URL") != null) {
			return Optional.empty();
		}
		Path database = Path.of(dataDir, "db", "khabar");
		if (!Files.exists(Path.of(database + ".mv.db"))) {
			return Optional.empty();
		}
		// opening and closing the file at once is the one sure test: H2 refuses it while
		// another process holds it
		try (var connection = DriverManager
			.getConnection("jdbc:h2:file:" + database.toAbsolutePath() + ";IFEXISTS=TRUE;MODE=PostgreSQL", "sa", "")) {
			return Optional.empty();
		}
		catch (SQLException ex) {
			if (ex.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
				return Optional
					.of("پایگاه دادهٔ «%s» در دست سایتِ در حال اجراست؛ نخست سایت را متوقف کنید و سپس فرمان را دوباره اجرا کنید."
						.formatted(database.toAbsolutePath().normalize()));
			}
			return Optional.empty();
		}
	}

}
