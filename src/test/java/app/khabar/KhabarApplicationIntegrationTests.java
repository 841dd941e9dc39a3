package app.khabar;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole application starts on a fresh database, Flyway migrates it and the site
 * answers. Written once, run on H2 here and on PostgreSQL by
 * {@link PostgresIntegrationTests}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class KhabarApplicationIntegrationTests {

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	/** The database product this class runs on. */
	String expectedDatabase() {
		return "H2";
	}

	@Test
	void runsOnTheExpectedDatabase() throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo(expectedDatabase());
		}
	}

	@Test
	void migratesTheSchemaWithFlyway() {
		int failed = jdbc.sql("SELECT COUNT(*) FROM flyway_schema_history WHERE success = FALSE")
			.query(Integer.class)
			.single();
		int applied = jdbc.sql("SELECT COUNT(*) FROM flyway_schema_history WHERE success = TRUE")
			.query(Integer.class)
			.single();
		assertThat(failed).isZero();
		assertThat(applied).isPositive();
		// module events are synchronous: the publication registry's table is dropped
		// again
		assertThat(jdbc.sql("SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'event_publication'")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void reportsHealthUp() throws Exception {
		HttpResponse<String> response = get(managementPort, "/actuator/health");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"UP\"");
	}

	@Test
	void answersAnUnknownPathWithThePersianNotFoundPage() throws Exception {
		HttpResponse<String> response = get("/no-such-page");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		assertThat(response.body()).contains("dir=\"rtl\"", "صفحه‌ای که دنبالش بودید پیدا نشد");
	}

	HttpResponse<String> get(String path) throws Exception {
		return get(port, path);
	}

	HttpResponse<String> get(int port, String path) throws Exception {
		try (HttpClient client = HttpClient.newHttpClient()) {
			return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
		}
	}

}
