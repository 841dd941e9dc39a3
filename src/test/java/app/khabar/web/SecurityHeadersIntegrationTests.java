package app.khabar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every kind of answer, over real HTTP, carries the same security headers: a
 * Content-Security-Policy of our own origin (frames only from the video hosts the
 * newsroom allows), no framing of our pages, a strict referrer policy and no powerful
 * browser features. A page served again from memory ({@link HotPages}) carries them too.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "khabar.newsroom.video-embed-hosts=www.aparat.com,www.youtube-nocookie.com")
class SecurityHeadersIntegrationTests {

	static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
			+ "font-src 'self'; media-src 'self'; connect-src 'self'; worker-src 'self'; "
			+ "frame-src https://www.aparat.com https://www.youtube-nocookie.com; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/**
	 * Public pages (twice: the second answer comes from memory), staff, JSON, static
	 * files, errors.
	 */
	static final List<String> PATHS = List.of("/", "/", "/search?q=x", "/login", "/newsroom", "/api/v1/search?q=x",
			"/api/v1/captcha/challenge", "/no-such-page", "/news/abc/x", "/robots.txt");

	@LocalServerPort
	int port;

	@Test
	void everyAnswerCarriesTheSecurityHeaders() throws Exception {
		SoftAssertions softly = new SoftAssertions();
		try (HttpClient client = HttpClient.newHttpClient()) {
			for (String path : PATHS) {
				var response = client.send(
						HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
						HttpResponse.BodyHandlers.discarding());
				var headers = response.headers();
				softly.assertThat(headers.allValues("Content-Security-Policy")).as(path).containsExactly(POLICY);
				softly.assertThat(headers.firstValue("Referrer-Policy"))
					.as(path)
					.hasValue("strict-origin-when-cross-origin");
				softly.assertThat(headers.firstValue("Permissions-Policy"))
					.as(path)
					.hasValue(SecurityHeaders.PERMISSIONS_POLICY);
				softly.assertThat(headers.firstValue("X-Frame-Options")).as(path).hasValue("DENY");
				softly.assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
				// plain http, straight from a client: nothing to pin
				softly.assertThat(headers.firstValue("Strict-Transport-Security")).as(path).isEmpty();
			}
		}
		softly.assertAll();
	}

	/**
	 * Requests refused before any filter runs (by Tomcat, or by the firewall) get the
	 * Persian page with the headers.
	 */
	@Test
	void pagesThatTomcatAnswersItselfCarryTheHeadersToo() throws Exception {
		SoftAssertions softly = new SoftAssertions();
		for (String target : List.of("/a b", "/%zz", "/a/../../x", "/news%2F1")) {
			String head;
			try (Socket socket = new Socket("127.0.0.1", port)) {
				socket.getOutputStream()
					.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
						.getBytes(StandardCharsets.ISO_8859_1));
				String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
				head = answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n"))).toLowerCase(Locale.ROOT);
			}
			softly.assertThat(head)
				.as(target)
				.startsWith("http/1.1 400")
				.contains("content-security-policy: " + POLICY.toLowerCase(Locale.ROOT),
						"referrer-policy: strict-origin-when-cross-origin",
						"permissions-policy: " + SecurityHeaders.PERMISSIONS_POLICY, "x-frame-options: deny",
						"x-content-type-options: nosniff");
		}
		softly.assertAll();
	}

	@Test
	void thePermissionsPolicyTurnsOffPowerfulFeaturesButLetsVideoFramesGoFullScreen() {
		assertThat(SecurityHeaders.PERMISSIONS_POLICY).contains("camera=()", "microphone=()", "geolocation=()",
				"payment=()", "usb=()");
		assertThat(SecurityHeaders.PERMISSIONS_POLICY).doesNotContain("fullscreen", "picture-in-picture");
	}

	@Test
	void imagesMayComeFromTheOriginsModulesDeclareAndNoOtherSource() {
		var response = new org.springframework.mock.web.MockHttpServletResponse();
		ImageSources imported = () -> List.of("https://old.example.ir", "http://cdn.example.ir");

		new SecurityHeaders(List.of(), List.of(imported)).writeTo(response);

		assertThat(response.getHeader("Content-Security-Policy"))
			.contains("; img-src 'self' http://cdn.example.ir https://old.example.ir; ", "default-src 'self'; ");
	}

}
