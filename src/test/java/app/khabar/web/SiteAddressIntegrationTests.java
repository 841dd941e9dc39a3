package app.khabar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The site's own address over real HTTP, with the {@code Host} header a client chooses:
 * without {@code khabar.web.base-url} links follow the request's origin, and a forged
 * host (or an {@code X-Forwarded-Host} from a client that is not a trusted proxy) never
 * reaches what other readers get from the page caches, however many hosts are made up;
 * with a base URL every link uses it, whatever the host.
 */
class SiteAddressIntegrationTests {

	private static final Pattern CANONICAL = Pattern.compile("<link rel=\"canonical\" href=\"([^\"]*)\">");

	@Nested
	@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
	class WithoutABaseUrl {

		@LocalServerPort
		int port;

		@Autowired
		SiteAddress site;

		@Test
		void linksFollowTheRequestsOriginAndAForgedHostPoisonsNothing() throws IOException {
			String good = "news.example:" + port;
			for (int i = 0; i < 3; i++) {
				assertThat(canonical(get(port, "/", good))).isEqualTo("http://" + good + "/");
			}
			assertThat(site.keeps(site.scope(request(good)))).isTrue();

			assertThat(canonical(get(port, "/", "evil.example"))).isEqualTo("http://evil.example/");
			assertThat(
					canonical(get(port, "/", good, "X-Forwarded-Host", "evil.example", "X-Forwarded-Proto", "https")))
				.isEqualTo("http://" + good + "/");
			String robots = get(port, "/robots.txt", "evil.example");
			assertThat(robots).contains("Sitemap: http://evil.example/sitemap.xml");

			for (int i = 0; i < 300; i++) {
				assertThat(canonical(get(port, "/", "forged-" + i + ".example")))
					.isEqualTo("http://forged-" + i + ".example/");
			}
			assertThat(site.keptOrigins()).isLessThanOrEqualTo(SiteAddress.KEPT_ORIGINS);
			String page = get(port, "/", good);
			assertThat(canonical(page)).isEqualTo("http://" + good + "/");
			assertThat(page).doesNotContain("evil.example", "forged-");
			assertThat(get(port, "/robots.txt", good)).contains("Sitemap: http://" + good + "/sitemap.xml")
				.doesNotContain("evil.example");
			assertThat(site.keeps(site.scope(request(good)))).as("the real host is still cached").isTrue();
		}

		@Test
		void aHostHeaderThatIsNoHostNameIsABadRequest() throws IOException {
			String page = get(port, "/", "bad_host!");
			assertThat(page).startsWith("HTTP/1.1 400");
		}

	}

	@Nested
	@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
	@TestPropertySource(properties = "khabar.web.base-url=https://khabar.example/")
	class WithABaseUrl {

		@LocalServerPort
		int port;

		@Test
		void everyLinkUsesTheBaseUrlWhateverTheHost() throws IOException {
			assertThat(canonical(get(port, "/", "evil.example"))).isEqualTo("https://khabar.example/");
			assertThat(canonical(get(port, "/", "localhost:" + port))).isEqualTo("https://khabar.example/");
			assertThat(get(port, "/robots.txt", "evil.example"))
				.contains("Sitemap: https://khabar.example/sitemap.xml");
		}

	}

	static org.springframework.mock.web.MockHttpServletRequest request(String host) {
		var request = new org.springframework.mock.web.MockHttpServletRequest("GET", "/");
		request.addHeader("Host", host);
		return request;
	}

	static String canonical(String response) {
		Matcher m = CANONICAL.matcher(response);
		assertThat(m.find()).as("a canonical link in %s", response.lines().findFirst().orElse("")).isTrue();
		return m.group(1);
	}

	/**
	 * A plain HTTP/1.1 GET with this Host header (Java's HTTP client will not send one).
	 */
	static String get(int port, String path, String host, String... headers) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			var request = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n");
			for (int i = 0; i < headers.length; i += 2) {
				request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
			}
			request.append("Accept-Encoding: identity\r\nConnection: close\r\n\r\n");
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
