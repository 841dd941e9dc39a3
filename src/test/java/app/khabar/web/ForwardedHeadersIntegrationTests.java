package app.khabar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import app.khabar.account.AccountManagement;
import app.khabar.account.NewAccount;
import app.khabar.account.Role;

/**
 * Behind a TLS proxy: the same forged-looking request ({@code X-Forwarded-Proto: https},
 * {@code X-Forwarded-Host}, {@code X-Forwarded-For}) sent over real HTTP from loopback,
 * once when loopback is a trusted proxy and once when it is not. From the proxy it is an
 * https request to the public host (redirects, {@code Secure} session cookie, HSTS, the
 * client's address); from anyone else the headers change nothing.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(ForwardedHeadersIntegrationTests.RequestEcho.class)
class ForwardedHeadersIntegrationTests {

	static final String[] FORWARDED = { "X-Forwarded-Proto", "https", "X-Forwarded-Host", "khabar.example",
			"X-Forwarded-For", "198.51.100.1, 203.0.113.7" };

	static final String PASSWORD = "Proxy-pass-1234";

	/** What the application sees of a request, for the test to compare. */
	@RestController
	static class RequestEcho {

		private final ClientIdentity clients;

		RequestEcho(ClientIdentity clients) {
			this.clients = clients;
		}

		@GetMapping("/test/request")
		String echo(HttpServletRequest request) {
			return String.join(" ", request.getScheme(), String.valueOf(request.isSecure()), request.getServerName(),
					String.valueOf(request.getServerPort()), clients.address(request).getHostAddress(),
					String.valueOf(clients.fromTrustedProxy(request)));
		}

	}

	@Nested
	@TestPropertySource(properties = "khabar.client.trusted-proxies=10.0.0.0/8, 127.0.0.1, ::1")
	class FromATrustedProxy {

		@LocalServerPort
		int port;

		@Autowired
		AccountManagement accounts;

		@Test
		void theRequestIsTheOneTheReaderSentToTheProxy() throws Exception {
			assertThat(send(port, "/test/request", FORWARDED).body())
				.isEqualTo("https true khabar.example 443 203.0.113.7 true");
		}

		@Test
		void redirectsStayOnHttpsAtThePublicHostAndHstsIsSent() throws Exception {
			var redirect = send(port, "/newsroom", FORWARDED);
			assertThat(redirect.statusCode()).isEqualTo(302);
			assertThat(redirect.headers().firstValue("Location")).hasValue("https://khabar.example/login");
			assertThat(redirect.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
		}

		@Test
		void theSessionCookieIsSecure() throws Exception {
			List<String> cookies = signIn(port, accounts, "proxy.trusted");
			assertThat(cookies).isNotEmpty().allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("; Secure"));
		}

	}

	@Nested
	@TestPropertySource(properties = "khabar.client.trusted-proxies=10.0.0.0/8")
	class FromAnyoneElse {

		@LocalServerPort
		int port;

		@Autowired
		AccountManagement accounts;

		@Test
		void forgedHeadersChangeNothing() throws Exception {
			assertThat(send(port, "/test/request", FORWARDED).body())
				.isEqualTo("http false 127.0.0.1 " + port + " 127.0.0.1 false");
			assertThat(send(port, "/test/request").body()).isEqualTo(send(port, "/test/request", FORWARDED).body());
		}

		@Test
		void redirectsStayWhereTheRequestWasSentAndNoHstsIsSent() throws Exception {
			var redirect = send(port, "/newsroom", FORWARDED);
			assertThat(redirect.headers().firstValue("Location")).hasValue("http://127.0.0.1:" + port + "/login");
			assertThat(redirect.headers().firstValue("Strict-Transport-Security")).isEmpty();
		}

		@Test
		void theSessionCookieIsNotMarkedSecureOverPlainHttp() throws Exception {
			List<String> cookies = signIn(port, accounts, "proxy.untrusted");
			assertThat(cookies).isNotEmpty().noneSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("Secure"));
		}

	}

	static HttpResponse<String> send(int port, String path, String... headers) throws Exception {
		return send(port, HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)), headers);
	}

	static HttpResponse<String> send(int port, HttpRequest.Builder request, String... headers) throws Exception {
		if (headers.length > 0) {
			request.headers(headers);
		}
		try (HttpClient client = HttpClient.newHttpClient()) {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
	}

	/**
	 * Signs a new editor in through the login form with the forwarded headers and returns
	 * the cookies the successful login set. Cookies are carried by hand: a client would
	 * not send a {@code Secure} cookie over plain http.
	 */
	static List<String> signIn(int port, AccountManagement accounts, String username) throws Exception {
		accounts.create(new NewAccount(username, "ویراستار", PASSWORD, Set.of(Role.EDITOR)));
		var form = send(port, "/login", FORWARDED);
		var token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
		assertThat(token.find()).as("the login form carries a CSRF token").isTrue();
		var headers = new ArrayList<>(List.of(FORWARDED));
		headers.addAll(List.of("Content-Type", "application/x-www-form-urlencoded"));
		var sent = form.headers().allValues("Set-Cookie").stream().map(cookie -> cookie.split(";", 2)[0]).toList();
		if (!sent.isEmpty()) {
			headers.addAll(List.of("Cookie", String.join("; ", sent)));
		}
		String body = "username=" + username + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
				+ "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		var login = send(port, HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
			.POST(HttpRequest.BodyPublishers.ofString(body)), headers.toArray(String[]::new));
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).doesNotContain("error", "locked"));
		return login.headers().allValues("Set-Cookie");
	}

}
