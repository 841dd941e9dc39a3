package app.khabar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import app.khabar.article.ArticleViews;
import app.khabar.support.TestDatabases;

/**
 * Nothing buffered is lost at a clean stop: a node in a JVM of its own starts on a
 * database, counts page views in memory, and exits the way a SIGTERM makes it exit (the
 * JVM's shutdown hooks: Spring's and H2's, at the same time); afterwards every view is in
 * the database. On H2 its own exit hook used to close the database before the flush ran.
 * {@link CleanShutdownPostgresIntegrationTests} runs the node on PostgreSQL.
 */
class CleanShutdownIntegrationTests {

	static final long ARTICLE = 4242;

	static final int VIEWS = 7;

	@Test
	void viewsCountedInMemoryAreStoredWhenTheJvmExits() throws Exception {
		Path dataDir = Path.of("target", "test-data", UUID.randomUUID().toString()).toAbsolutePath();
		NodeDatabase database = database(dataDir);

		Process node = startNode(database, dataDir);

		assertThat(node.waitFor(180, TimeUnit.SECONDS)).as("node exited; its log: %s", dataDir.resolve("node.log"))
			.isTrue();
		assertThat(node.exitValue()).isZero();
		assertThat(Files.readString(dataDir.resolve("node.log"))).contains(Node.RECORDED);
		assertThat(database.views().of(ARTICLE)).isEqualTo(VIEWS);
	}

	/**
	 * The node's database: on H2 a file database with Khabar's default URL (and so its
	 * default flags).
	 */
	NodeDatabase database(Path dataDir) throws IOException {
		String url = defaultDatasourceUrl().replace("${khabar.data-dir}", dataDir.toString());
		return new NodeDatabase(url, "sa", "", article -> {
			try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
				return count(connection, article);
			}
		});
	}

	private static String defaultDatasourceUrl() throws IOException {
		var properties = new Properties();
		try (InputStream in = KhabarApplication.class.getResourceAsStream("/application.properties")) {
			properties.load(in);
		}
		return properties.getProperty("spring.datasource.url");
	}

	private static Process startNode(NodeDatabase database, Path dataDir) throws IOException {
		Files.createDirectories(dataDir);
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
						System.getProperty("java.class.path"), "-Xmx256m", Node.class.getName(),
						"--spring.datasource.url=" + database.url(), "--spring.datasource.username=" + database.user(),
						"--spring.datasource.password=" + database.password(), "--khabar.data-dir=" + dataDir,
						"--server.port=0", "--management.server.port=0", "--khabar.article.views-flush=1h",
						"--khabar.newsroom.scheduled-publishing=false"));
		return new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(dataDir.resolve("node.log").toFile())
			.start();
	}

	static long count(Connection connection, long article) throws SQLException {
		try (PreparedStatement statement = connection
			.prepareStatement("SELECT COALESCE(SUM(views), 0) FROM article_views WHERE article_id = ?")) {
			statement.setLong(1, article);
			try (ResultSet rows = statement.executeQuery()) {
				rows.next();
				return rows.getLong(1);
			}
		}
	}

	/** Where the node runs, and how the test counts its views there once it has gone. */
	record NodeDatabase(String url, String user, String password, ViewCount views) {
	}

	interface ViewCount {

		long of(long article) throws SQLException;

	}

	/** The node: Khabar on the database it is given, which counts views and exits. */
	static final class Node {

		static final String RECORDED = "views recorded, exiting";

		public static void main(String[] args) {
			var application = new SpringApplication(KhabarApplication.class);
			// a node on the database it is given, not a test context with a fresh one
			application.setInitializers(application.getInitializers()
				.stream()
				.filter(initializer -> !(initializer instanceof TestDatabases))
				.toList());
			ConfigurableApplicationContext context = application.run(args);
			ArticleViews views = context.getBean(ArticleViews.class);
			for (int i = 0; i < VIEWS; i++) {
				views.record(ARTICLE);
			}
			System.out.println(RECORDED);
			// as on SIGTERM: the shutdown hooks run, all at once
			System.exit(0);
		}

	}

}
