package app.khabar.backup;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Where a site keeps what a backup holds, read from the same configuration the site reads
 * (application properties, the profile's, the environment, the {@code --spring…} and
 * {@code --khabar…} options): the database, the data dir with its {@code secrets/} and
 * {@code moderation/}, the media folder and the search index.
 */
record SiteLocations(Path dataDir, String databaseUrl, String user, String password, Path mediaDir, Path indexDir,
		@Nullable Path pgBin) {

	enum Kind {

		H2, POSTGRESQL;

		String id() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/**
	 * The configuration from the options alone, without starting the site: the commands
	 * must not run migrations or open the database before they have checked it.
	 */
	static SiteLocations of(List<String> options) {
		ConfigurableEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(options.toArray(String[]::new)));
		ConfigDataEnvironmentPostProcessor.applyTo(environment);
		return of(environment);
	}

	static SiteLocations of(Environment environment) {
		Path dataDir = Path.of(environment.getProperty("khabar.data-dir", "./data")).toAbsolutePath().normalize();
		String url = environment.getProperty("spring.datasource.url", "");
		String media = environment.getProperty("khabar.media.dir");
		String index = environment.getProperty("khabar.search.index-dir");
		String pgBin = environment.getProperty("khabar.backup.pg-bin");
		return new SiteLocations(dataDir, url, environment.getProperty("spring.datasource.username", ""),
				environment.getProperty("spring.datasource.password", ""),
				media != null && !media.isBlank() ? Path.of(media).toAbsolutePath().normalize()
						: dataDir.resolve("media"),
				index != null && !index.isBlank() ? Path.of(index).toAbsolutePath().normalize()
						: dataDir.resolve("search"),
				pgBin != null && !pgBin.isBlank() ? Path.of(pgBin) : null);
	}

	/** The database's kind, or null for one a backup cannot take (H2 in memory, TCP). */
	@Nullable Kind kind() {
		if (databaseUrl.startsWith("jdbc:postgresql:")) {
			return Kind.POSTGRESQL;
		}
		if (databaseUrl.startsWith("jdbc:h2:") && !databaseUrl.startsWith("jdbc:h2:mem:")
				&& !databaseUrl.startsWith("jdbc:h2:tcp:") && !databaseUrl.startsWith("jdbc:h2:ssl:")) {
			return Kind.H2;
		}
		return null;
	}

	/** The H2 database's file name without {@code .mv.db}: {@code …/db/khabar}. */
	Path h2File() {
		String rest = databaseUrl.substring("jdbc:h2:".length());
		if (rest.startsWith("file:")) {
			rest = rest.substring("file:".length());
		}
		int options = rest.indexOf(';');
		return Path.of(options < 0 ? rest : rest.substring(0, options)).toAbsolutePath().normalize();
	}

	Path secretsDir() {
		return dataDir.resolve("secrets");
	}

	Path moderationDir() {
		return dataDir.resolve("moderation");
	}

	/** The key a running site accepts from {@code backup}; not part of a backup. */
	Path backupKey() {
		return secretsDir().resolve(BackupKey.FILE);
	}

	/** Where a running site writes the address of its backup endpoint. */
	Path endpointFile() {
		return dataDir.resolve(BackupKey.ENDPOINT_FILE);
	}

}
