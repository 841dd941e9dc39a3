package app.khabar.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The backup endpoint answers only on the management port and only with the key of
 * {@code secrets/backup.key}; the site writes the endpoint's address for the
 * {@code backup} command. (The copy itself is {@link BackupRoundTripIntegrationTests}.)
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class BackupEndpointIntegrationTests {

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Value("${khabar.data-dir}")
	Path dataDir;

	@Test
	void aWrongKeyIsRefused() throws Exception {
		var answer = post(managementPort, "{\"key\":\"not-the-key\",\"file\":\"/tmp/x.zip\"}");

		assertThat(answer.statusCode()).isEqualTo(403);
		assertThat(Path.of("/tmp/x.zip")).doesNotExist();
	}

	@Test
	void theRightKeyOnADatabaseThatIsNoH2FileIsAConflict() throws Exception {
		String key = Files.readString(dataDir.resolve("secrets/backup.key")).strip();

		// the tests' H2 is in memory: nothing to copy
		var answer = post(managementPort, "{\"key\":\"" + key + "\",\"file\":\"/tmp/x.zip\"}");

		assertThat(answer.statusCode()).isEqualTo(409);
	}

	@Test
	void theSitesPortHasNoBackupEndpoint() throws Exception {
		String key = Files.readString(dataDir.resolve("secrets/backup.key")).strip();

		assertThat(post(port, "{\"key\":\"" + key + "\",\"file\":\"/tmp/x.zip\"}").statusCode()).isEqualTo(404);
	}

	@Test
	void theSiteWritesTheEndpointsAddress() throws Exception {
		assertThat(Files.readString(dataDir.resolve("backup.endpoint")).strip())
			.isEqualTo("http://127.0.0.1:" + managementPort + "/actuator/backup");
	}

	private static HttpResponse<String> post(int port, String json) throws Exception {
		try (HttpClient http = HttpClient.newHttpClient()) {
			return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/backup"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json))
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
	}

}
