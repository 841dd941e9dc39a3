package app.khabar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Hostile and malformed requests, sent as raw bytes over a socket so that nothing cleans
 * them up on the way: each must get a 4xx (never a 5xx) and, when the answer is HTML, the
 * Persian error page. Add new routes and cases to the lists at the top.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class BadRequestIntegrationTests {

	/** Routes with ids and slugs: malformed ids there are a 4xx, always. */
	static final List<String> ID_ROUTES = List.of("/news/%s/x", "/news/%s", "/x/%s", "/service/%s",
			"/news/%s/comments/reply/1", "/news/1/comments/reply/%s", "/comments/receipt/%s", "/comments/%s/report",
			"/media/%s");

	static final List<String> BAD_IDS = List.of("abc", "99999999999999999999", "-1", "0", "1.5", "1e3", "0x1f",
			"%D8%AE%D8%A8%D8%B1", "%DB%B1%DB%B2", "%00", "%zz", "%", "%C0%AF", "%FF%FE", "%ED%A0%80", "..", "%2e%2e",
			"%2F", "1%2F2", "1;a=b", "%20", "+", "null", "undefined", "'%20OR%201=1--", "%3Cscript%3E",
			"a".repeat(300));

	/** Paths that exist for nobody, or try to escape. */
	static final List<String> ODD_PATHS = List.of("/no-such-page", "/news/", "/news//x", "//news//1//x",
			"/a/../../etc/passwd", "/..%2f..%2fetc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/news%2F1%2Fx",
			"/news;jsessionid=abc/1/x", "/%5C..%5C..%5Cwindows", "/%00", "/news/%00/x", "/%zz", "/%", "/%C0%AF",
			"/%FF%FE%FD", "/%ED%A0%80", "/css/../application.properties", "/css/site.css%00.html", "/WEB-INF/web.xml",
			"/META-INF/MANIFEST.MF", "/application.properties", "/actuator/env", "/actuator/heapdump",
			"/actuator/../actuator/env", "/error", "/error?x=%zz", "/font/../../etc/passwd", "/" + "x".repeat(10_000),
			"/news/1/" + "%D8%A7".repeat(2_000), "/" + "a/".repeat(3_000), "/api/v1/no-such", "/api/v1/%zz",
			"/search%3Fq=1", "/.git/config", "/.env", "/index.php", "/news/1/x/../../..", "/news/1/x?",
			"/news/1/x#frag", "/~root", "/%7e%7e");

	/**
	 * Malformed escapes inside path and matrix parameters: once a 500 with a long stack
	 * trace each.
	 */
	static final List<String> ODD_PATH_PARAMETERS = List.of("/;%", "/news/1/x;%ZZ", "/x/a;b=%zz", "/login;a=%ZZ",
			"/;%zz", "/news;%/1/x", "/news/1/x;a=%", "/news/1/x;a=%C0%AF", "/news/1/x;%FF%FE=b", "/;a=%00",
			"/api/v1/articles/1/comments;%ZZ", "/css/site.css;%zz", "/;", "/;;;", "/news/1/x;a=b;c=%2", "/error;%ZZ",
			"/newsroom;%ZZ", "/moderation/;a=%zz", "/search;%zz?q=1");

	/**
	 * Escapes that decode to no UTF-8: overlong ({@code <} and {@code /}), a lone
	 * surrogate, bytes never used.
	 */
	static final List<String> MALFORMED_UTF8 = List.of("%C0%BC", "%C0%AF", "%E0%80%BC", "%ED%A0%80", "%FF%FE", "%D8",
			"%F8%88%80%80%80", "%F4%90%80%80", "a%zz", "a%", "%2");

	static final List<String> QUERY_BASES = List.of("/", "/no-such-page", "/news/1/x", "/service/politics", "/search");

	static final List<String> ODD_QUERIES = List.of("page=-1", "page=abc", "page=99999999999999999999", "page=1.5",
			"page=%zz", "page=%", "page=", "page", "size=-5", "size=100000", "q=%00", "q=%zz",
			"q=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "q=" + "%D8%A7".repeat(1_500), "x=" + "a".repeat(12_000),
			"a=1&a=2&a=3&page=1&page=2", "&&&==&", "%00=%00", "%FF%FE=%C0%AF", repeat("p%d=1&", 3_000),
			"q=%D9%85%D9%8A%E2%80%8C%D8%B1%D9%88%D9%85");

	static final List<String> HEADER_BASES = List.of("/", "/no-such-page", "/news/1/x", "/css/site.css");

	static final List<String> ODD_HEADERS = List.of("Accept: garbage", "Accept: */*;q=abc", "Accept: text/html;;;;",
			"Accept: application/json", "Accept: text/event-stream", "Accept: image/png", "Accept-Language: !!!",
			"Accept-Language: fa-IR;q=abc, *;q=-1", "Accept-Language: " + "x".repeat(3_000),
			"Accept-Encoding: gzip;q=abc", "Accept-Encoding: zz, *;q=0", "If-None-Match: garbage", "If-None-Match: W/",
			"If-None-Match: \"" + "a".repeat(2_000) + "\"", "If-Modified-Since: yesterday",
			"If-Modified-Since: Wed, 99 Foo 2026 99:99:99 GMT", "Range: bytes=abc",
			"Range: bytes=99999999999999999999-", "Range: bytes=5-1", "Range: bytes=0-0,1-1,2-2,3-3,4-4,5-5",
			"Content-Type: garbage", "Content-Type: multipart/form-data",
			"Content-Type: application/json; charset=nope", "Cookie: ;;;;==;", "Cookie: JSESSIONID=%zz",
			"X-Forwarded-For: ::::, garbage", "X-Forwarded-Proto: gopher", "X-Forwarded-Host: evil.example",
			"Origin: null", "Referer: %zz", "User-Agent: " + "\u00e9", "Big: " + "x".repeat(20_000),
			"Expect: 100-continue-not", "Content-Length: abc", "Transfer-Encoding: garbage",
			"Connection: upgrade\r\nUpgrade: h2c");

	static final List<String> METHODS = List.of("DELETE", "PUT", "PATCH", "TRACE", "OPTIONS", "FOO", "POST", "PROPFIND",
			"CONNECT");

	static final List<String> METHOD_BASES = List.of("/", "/no-such-page", "/news/1/x", "/css/site.css", "/error");

	/**
	 * Whole requests that break HTTP itself; Tomcat refuses them before Spring sees them.
	 */
	static final List<String> RAW_REQUESTS = List.of("GET /a b HTTP/1.1\r\nHost: x\r\n\r\n",
			"GET /<script> HTTP/1.1\r\nHost: x\r\n\r\n", "GET /\u0001 HTTP/1.1\r\nHost: x\r\n\r\n",
			"GET /\u062e\u0628\u0631 HTTP/1.1\r\nHost: x\r\n\r\n", "GET / HTTP/1.1\r\n\r\n",
			"GET / HTTP/1.1\r\nHost: a b\r\n\r\n", "GET / HTTP/1.1\r\nHost: x\r\nHost: y\r\n\r\n",
			"GET /{} HTTP/1.1\r\nHost: x\r\n\r\n", "GET /| HTTP/1.1\r\nHost: x\r\n\r\n",
			"GET /news/1/x HTTP/1.1\r\nHost: x\r\nBad Header: y\r\n\r\n", "GET\r\n\r\n", "GARBAGE\r\n\r\n",
			"get / HTTP/1.1\r\nHost: x\r\n\r\n", "GET / HTTP/1.0\r\n\r\n",
			"GET / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n",
			"GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab",
			"POST /api/v1/comments HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 9\r\n\r\n{\"bad\":,}",
			"POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 7\r\n\r\na=%zz&b",
			"GET /? HTTP/1.1\r\nHost: x\r\n\r\n", "GET * HTTP/1.1\r\nHost: x\r\n\r\n",
			"GET http://evil.example/ HTTP/1.1\r\nHost: x\r\n\r\n",
			"GET /" + "x".repeat(20_000) + " HTTP/1.1\r\nHost: x\r\n\r\n");

	@LocalServerPort
	int port;

	@Test
	void answersEveryHostileRequestWithAPersianClientErrorAndNeverAServerError(CapturedOutput output)
			throws IOException {
		int logBefore = output.length();
		Map<String, byte[]> requests = hostileRequests();
		SoftAssertions softly = new SoftAssertions();
		for (var request : requests.entrySet()) {
			Response response = send(request.getValue());
			String label = request.getKey() + " -> " + response.status();
			softly.assertThat(response.status()).as(label).isBetween(100, 499);
			if (response.status() >= 400 && response.isHtml()) {
				softly.assertThat(response.body()).as(label).contains("dir=\"rtl\"", "lang=\"fa\"");
			}
		}
		softly.assertAll();
		assertThat(requests).hasSizeGreaterThan(300);
		String logged = output.toString().substring(logBefore);
		assertThat(logged.lines()).as(logged).hasSizeLessThanOrEqualTo(1);
	}

	/**
	 * Requests that are malformed, not merely unknown: each must be exactly a 400 with
	 * the Persian message, however often it comes, and all of them together leave at most
	 * one short line in the log.
	 */
	@Test
	void answersMalformedRequestsWithAPersian400AndLogsAtMostOneShortLine(CapturedOutput output) throws IOException {
		Map<String, byte[]> malformed = new LinkedHashMap<>();
		ODD_PATH_PARAMETERS.forEach(path -> malformed.put("GET " + path, get(path, "")));
		MALFORMED_UTF8.forEach(bytes -> {
			malformed.put("GET /search?q=" + bytes, get("/search?q=" + bytes, ""));
			malformed.put("GET /news/1/x?" + bytes, get("/news/1/x?" + bytes + "=1", ""));
			malformed.put("GET /news/1/" + bytes, get("/news/1/" + bytes, ""));
			malformed.put("GET /x/a;b=" + bytes, get("/x/a;b=" + bytes, ""));
			String form = "text=" + bytes;
			malformed.put("POST / " + form, request("POST", "/",
					"Content-Type: application/x-www-form-urlencoded\r\n" + "Content-Length: " + form.length() + "\r\n",
					form));
		});
		List.of("Accept: garbage", "Accept: */*;q=abc", "Accept: text/html;q=x, */*")
			.forEach(header -> malformed.put("GET / [" + header + "]", get("/", header + "\r\n")));

		int logBefore = output.length();
		for (int round = 0; round < 5; round++) {
			for (var request : malformed.entrySet()) {
				Response response = send(request.getValue());
				assertThat(response.status()).as(request.getKey()).isEqualTo(400);
				assertThat(response.body()).as(request.getKey()).contains("نشانی یا داده‌هایی که فرستادید درست نیست");
				if (response.isHtml()) {
					assertThat(response.body()).as(request.getKey()).contains("dir=\"rtl\"", "lang=\"fa\"");
				}
			}
		}
		String logged = output.toString().substring(logBefore);
		assertThat(logged.lines()).as(logged).hasSizeLessThanOrEqualTo(1);
		assertThat(logged.length()).as(logged).isLessThan(300);
	}

	@Test
	void answersMalformedIdsOnIdRoutesWithAClientError() throws IOException {
		for (String route : ID_ROUTES) {
			for (String id : BAD_IDS) {
				String path = route.formatted(id);
				Response response = send(get(path, ""));
				assertThat(response.status()).as(path).isBetween(400, 499);
			}
		}
	}

	@Test
	void answersJsonClientsAndTheApiWithPersianJson() throws IOException {
		Response api = send(get("/api/v1/no-such", ""));
		Response json = send(get("/no-such-page", "Accept: application/json\r\n"));

		for (Response response : List.of(api, json)) {
			assertThat(response.status()).isEqualTo(404);
			assertThat(response.header("content-type")).startsWith("application/json");
			assertThat(response.body()).contains("\"status\":404", "\"code\":\"error.404.message\"",
					"صفحه‌ای که دنبالش بودید پیدا نشد");
		}
	}

	@Test
	void refusesUnsafeMethodsWithoutACsrfTokenInPersian() throws IOException {
		Response response = send(request("DELETE", "/css/site.css", "Content-Length: 0\r\n"));

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.body()).contains("اجازهٔ دیدن این صفحه یا انجام این کار را ندارید");
	}

	@Test
	void answersMethodsNobodyServesWithMethodNotAllowedInPersian() throws IOException {
		for (String method : List.of("TRACE", "CONNECT")) {
			Response response = send(request(method, "/css/site.css", ""));

			assertThat(response.status()).as(method).isEqualTo(405);
			assertThat(response.body()).as(method).contains("این نشانی با این روش درخواست کار نمی‌کند");
		}
	}

	@Test
	void answersRequestsTomcatRefusesWithThePersianPage() throws IOException {
		Response response = send("GET /a b HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.UTF_8));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).contains("dir=\"rtl\"", "نشانی یا داده‌هایی که فرستادید درست نیست");
	}

	Map<String, byte[]> hostileRequests() {
		Map<String, byte[]> requests = new LinkedHashMap<>();
		for (String route : ID_ROUTES) {
			for (String id : BAD_IDS) {
				requests.put("GET " + route.formatted(id), get(route.formatted(id), ""));
			}
		}
		ODD_PATHS.forEach(path -> requests.put("GET " + abbreviate(path), get(path, "")));
		ODD_PATH_PARAMETERS.forEach(path -> requests.put("GET " + path, get(path, "")));
		for (String base : QUERY_BASES) {
			for (String query : ODD_QUERIES) {
				requests.put("GET " + base + "?" + abbreviate(query), get(base + "?" + query, ""));
			}
		}
		for (String base : HEADER_BASES) {
			for (String header : ODD_HEADERS) {
				requests.put("GET " + base + " [" + abbreviate(header) + "]", get(base, header + "\r\n"));
			}
		}
		for (String base : METHOD_BASES) {
			for (String method : METHODS) {
				requests.put(method + " " + base, request(method, base, "Content-Length: 0\r\n"));
			}
		}
		RAW_REQUESTS.forEach(raw -> requests.put("RAW " + abbreviate(raw.replace("\r\n", "\\r\\n")),
				raw.getBytes(StandardCharsets.UTF_8)));
		return requests;
	}

	static byte[] get(String target, String headers) {
		return request("GET", target, headers);
	}

	static byte[] request(String method, String target, String headers) {
		return request(method, target, headers, "");
	}

	static byte[] request(String method, String target, String headers, String body) {
		return (method + " " + target + " HTTP/1.1\r\nHost: localhost\r\n" + headers + "Connection: close\r\n\r\n"
				+ body)
			.getBytes(StandardCharsets.UTF_8);
	}

	Response send(byte[] request) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(20_000);
			OutputStream out = socket.getOutputStream();
			try {
				out.write(request);
				out.flush();
				socket.shutdownOutput();
			}
			catch (IOException ex) {
				// the server may answer and close before reading everything
			}
			return Response.parse(readAll(socket.getInputStream()));
		}
	}

	private static byte[] readAll(InputStream in) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			in.transferTo(bytes);
		}
		catch (IOException ex) {
			// connection reset after the answer: keep what arrived
		}
		return bytes.toByteArray();
	}

	record Response(int status, Map<String, String> headers, String body) {

		static Response parse(byte[] raw) {
			String text = new String(raw, StandardCharsets.UTF_8);
			int end = text.indexOf("\r\n\r\n");
			String head = end < 0 ? text : text.substring(0, end);
			String body = end < 0 ? "" : text.substring(end + 4);
			String[] lines = head.split("\r\n");
			// no answer at all counts as a failure: status 0 is outside every accepted
			// range
			int status = lines[0].startsWith("HTTP/") && lines[0].length() >= 12
					? Integer.parseInt(lines[0].substring(9, 12)) : 0;
			Map<String, String> headers = new LinkedHashMap<>();
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				if (colon > 0) {
					headers.put(lines[i].substring(0, colon).toLowerCase(Locale.ROOT),
							lines[i].substring(colon + 1).strip());
				}
			}
			return new Response(status, headers, body);
		}

		String header(String name) {
			return headers.getOrDefault(name, "");
		}

		boolean isHtml() {
			return header("content-type").startsWith("text/html");
		}

	}

	private static String repeat(String format, int times) {
		List<String> parts = new ArrayList<>();
		for (int i = 0; i < times; i++) {
			parts.add(format.formatted(i));
		}
		return String.join("", parts);
	}

	private static String abbreviate(String text) {
		return text.length() > 80 ? text.substring(0, 80) + "…(" + text.length() + ")" : text;
	}

}
