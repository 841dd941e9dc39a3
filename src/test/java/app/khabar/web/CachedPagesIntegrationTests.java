package app.khabar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;

/**
 * {@link CachedPages} behind the real server and filters: gzip exactly once (ours or
 * Tomcat's, never both), cache headers that Spring Security leaves alone, 304 on
 * revalidation.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(CachedPagesIntegrationTests.PageController.class)
class CachedPagesIntegrationTests {

	static final String PAGE = "<!DOCTYPE html><html lang=\"fa\" dir=\"rtl\"><body>"
			+ "<p>بارش برف و باران در ۱۲ استان کشور؛ هشدار سطح نارنجی صادر شد.</p>".repeat(50) + "</body></html>";

	@LocalServerPort
	int port;

	@Test
	void gzipsThePageOnceForClientsThatAcceptIt() throws Exception {
		HttpResponse<byte[]> response = get("Accept-Encoding", "gzip");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().allValues("Content-Encoding")).containsExactly("gzip");
		assertThat(gunzip(response.body())).isEqualTo(PAGE);
		assertThat(response.headers().firstValue("Cache-Control"))
			.hasValue("max-age=0, public, s-maxage=10, stale-while-revalidate=60");
		assertThat(String.join(",", response.headers().allValues("Vary"))).containsIgnoringCase("Accept-Encoding");
		assertThat(response.headers().firstValue("ETag")).isPresent();
	}

	@Test
	void sendsPlainBytesToClientsThatDoNotAcceptGzip() throws Exception {
		HttpResponse<byte[]> response = get("Accept-Encoding", "identity");

		assertThat(response.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
	}

	@Test
	void answersNotModifiedToARevalidation() throws Exception {
		String etag = get("Accept-Encoding", "identity").headers().firstValue("ETag").orElseThrow();

		HttpResponse<byte[]> response = get("If-None-Match", "W/" + etag);

		assertThat(response.statusCode()).isEqualTo(304);
		assertThat(response.body()).isEmpty();
		assertThat(response.headers().firstValue("Cache-Control"))
			.hasValue("max-age=0, public, s-maxage=10, stale-while-revalidate=60");
	}

	@Nested
	@TestPropertySource(properties = "khabar.web.page-cache.enabled=false")
	class WithoutThePageCache {

		@Test
		void rendersEveryTimeButStillGzipsOnceAndAnswersNotModified() throws Exception {
			HttpResponse<byte[]> response = get("Accept-Encoding", "gzip");
			String etag = response.headers().firstValue("ETag").orElseThrow();

			assertThat(response.headers().allValues("Content-Encoding")).containsExactly("gzip");
			assertThat(gunzip(response.body())).isEqualTo(PAGE);
			assertThat(get("If-None-Match", etag).statusCode()).isEqualTo(304);
		}

	}

	HttpResponse<byte[]> get(String header, String value) throws Exception {
		try (HttpClient client = HttpClient.newHttpClient()) {
			return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/probe/cached"))
				.header(header, value)
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
	}

	static String gunzip(byte[] gzip) throws IOException {
		try (var in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@RestController
	static class PageController {

		private final CachedPages pages;

		PageController(CachedPages pages) {
			this.pages = pages;
		}

		@GetMapping("/probe/cached")
		ResponseEntity<byte[]> page(HttpServletRequest request) {
			return pages.respond(request, "probe", "1", () -> PAGE.getBytes(StandardCharsets.UTF_8));
		}

	}

}
