package app.khabar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import jakarta.servlet.http.HttpServlet;

class HotPagesTests {

	final WebSettings.PageCache settings = new WebSettings.PageCache(true, Duration.ZERO, Duration.ofSeconds(10),
			Duration.ofSeconds(60), DataSize.ofMegabytes(8), Duration.ofMinutes(10), Duration.ofMinutes(1),
			Duration.ZERO);

	final CachedPages pages = new CachedPages(settings, "release-1",
			new SiteAddress(java.net.URI.create("https://khabar.example")));

	final java.util.List<String> served = new java.util.ArrayList<>();

	final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	final HotPages hot = new HotPages(settings, java.util.List.of(served::add),
			new SiteAddress(java.net.URI.create("https://khabar.example")), meters.counter("khabar.pages.hot.served"));

	final AtomicInteger applicationCalls = new AtomicInteger();

	/**
	 * Stands for the application behind the filter: security, MVC, the controller that
	 * calls CachedPages.
	 */
	final HttpServlet application = new HttpServlet() {
		@Override
		protected void service(HttpServletRequest request, HttpServletResponse response) throws java.io.IOException {
			applicationCalls.incrementAndGet();
			ResponseEntity<byte[]> page = request.getRequestURI().equals("/rss")
					? pages.respond(request, "feed", "v1",
							MediaType.parseMediaType("application/rss+xml;charset=UTF-8"),
							() -> "<rss/>".getBytes(StandardCharsets.UTF_8))
					: pages.respond(request, "article:7", "v1", () -> "<p>خبر</p>".getBytes(StandardCharsets.UTF_8));
			response.setStatus(page.getStatusCode().value());
			page.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
			response.addHeader("X-Content-Type-Options", "nosniff");
			if (request.isSecure()) {
				response.addHeader("Strict-Transport-Security", "max-age=31536000");
			}
			if (page.getBody() != null) {
				response.getOutputStream().write(page.getBody());
			}
		}
	};

	MockHttpServletResponse get(String uri, String... headers) throws Exception {
		return get(false, uri, headers);
	}

	MockHttpServletResponse get(boolean secure, String uri, String... headers) throws Exception {
		var request = new MockHttpServletRequest("GET", uri);
		request.setSecure(secure);
		for (int i = 0; i < headers.length; i += 2) {
			request.addHeader(headers[i], headers[i + 1]);
		}
		var response = new MockHttpServletResponse();
		hot.doFilter(request, response, new MockFilterChain(application));
		return response;
	}

	@Test
	void servesTheNextReaderFromMemoryWithTheSameHeaders() throws Exception {
		var first = get("/news/7/x");
		var second = get("/news/7/x");
		assertThat(applicationCalls).hasValue(1);
		assertThat(second.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("<p>خبر</p>");
		assertThat(second.getHeader("ETag")).isEqualTo(first.getHeader("ETag"));
		assertThat(second.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(second.getHeader("Cache-Control")).isEqualTo(first.getHeader("Cache-Control"));
		assertThat(served).containsExactly("article:7");
		assertThat(meters.counter("khabar.pages.hot.served").count()).isEqualTo(1);
	}

	@Test
	void servesAFeedFromMemoryWithItsOwnContentType() throws Exception {
		assertThat(get("/rss").getContentType()).isEqualTo("application/rss+xml;charset=UTF-8");
		var second = get("/rss");
		assertThat(applicationCalls).hasValue(1);
		assertThat(second.getContentType()).isEqualTo("application/rss+xml;charset=UTF-8");
		assertThat(second.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("<rss/>");
	}

	@Test
	void answersNotModifiedAndGzipFromMemory() throws Exception {
		String etag = get("/news/7/x").getHeader("ETag");
		assertThat(get("/news/7/x", "If-None-Match", etag).getStatus()).isEqualTo(304);
		var gzipped = get("/news/7/x", "Accept-Encoding", "gzip");
		assertThat(gzipped.getHeader("Content-Encoding")).isNull(); // too small to gain
																	// from gzip
		assertThat(applicationCalls).hasValue(1);
	}

	@Test
	void keepsServingReadersWhoOnlyRevalidateFromMemoryAfterThePageWasForgotten() throws Exception {
		String etag = get("/news/7/x").getHeader("ETag");
		hot.on(PagesChanged.all()); // as the hot TTL does; the rendered page stays cached
		var revalidated = get("/news/7/x", "If-None-Match", etag);
		assertThat(revalidated.getStatus()).isEqualTo(304);
		assertThat(applicationCalls).hasValue(2);
		var fromMemory = get("/news/7/x", "If-None-Match", etag);
		assertThat(fromMemory.getStatus()).isEqualTo(304);
		assertThat(fromMemory.getHeader("ETag")).isEqualTo(etag);
		assertThat(fromMemory.getHeader("Cache-Control")).isEqualTo(revalidated.getHeader("Cache-Control"));
		assertThat(fromMemory.getHeader("X-Content-Type-Options")).as("the reader's stored copy keeps its own")
			.isNull();
		assertThat(applicationCalls).hasValue(2);
		var full = get("/news/7/x");
		assertThat(full.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("<p>خبر</p>");
		assertThat(applicationCalls).hasValue(2);
	}

	@Test
	void doesNotKeepARevalidationOfAPageThatIsNoLongerCached() throws Exception {
		String etag = get("/news/7/x").getHeader("ETag");
		hot.on(PagesChanged.all());
		pages.evict("article:7");
		get("/news/7/x", "If-None-Match", etag);
		get("/news/7/x", "If-None-Match", etag);
		assertThat(applicationCalls).hasValue(3);
	}

	@Test
	void forgetsAPageWhenItChanges() throws Exception {
		get("/news/7/x");
		hot.on(PagesChanged.of("article:8"));
		get("/news/7/x");
		assertThat(applicationCalls).hasValue(1);
		hot.on(PagesChanged.of("article:7"));
		get("/news/7/x");
		assertThat(applicationCalls).hasValue(2);
		hot.on(PagesChanged.all());
		get("/news/7/x");
		assertThat(applicationCalls).hasValue(3);
	}

	@Test
	void keepsNothingThatSetsACookieOrIsNotAPage() throws Exception {
		var request = new MockHttpServletRequest("POST", "/news/7/x");
		hot.doFilter(request, new MockHttpServletResponse(), new MockFilterChain(application));
		hot.doFilter(request, new MockHttpServletResponse(), new MockFilterChain(application));
		assertThat(applicationCalls).hasValue(2);
	}

	@Test
	void keepsPagesOfHttpsReadersApartSoThatEachGetsItsOwnTransportSecurityHeader() throws Exception {
		get(false, "/news/7/x");
		get(true, "/news/7/x");
		assertThat(get(true, "/news/7/x").getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000");
		assertThat(get(false, "/news/7/x").getHeader("Strict-Transport-Security")).isNull();
		assertThat(applicationCalls).hasValue(2);
	}

}
