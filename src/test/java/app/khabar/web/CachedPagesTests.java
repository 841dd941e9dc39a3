package app.khabar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;

class CachedPagesTests {

	static final String PAGE = "<!DOCTYPE html><html lang=\"fa\" dir=\"rtl\"><body>"
			+ "<p>رئیس‌جمهور در نشست خبری گفت که مذاکرات ادامه دارد.</p>".repeat(40) + "</body></html>";

	final AtomicInteger renders = new AtomicInteger();

	final Supplier<byte[]> render = () -> {
		renders.incrementAndGet();
		return PAGE.getBytes(StandardCharsets.UTF_8);
	};

	CachedPages pages = cachedPages(true);

	static CachedPages cachedPages(boolean enabled) {
		return cachedPages(enabled, Duration.ZERO);
	}

	static CachedPages cachedPages(boolean enabled, Duration coalesce) {
		return new CachedPages(
				new WebSettings.PageCache(enabled, Duration.ZERO, Duration.ofSeconds(10), Duration.ofSeconds(60),
						DataSize.ofMegabytes(8), Duration.ofMinutes(10), Duration.ofSeconds(5), coalesce),
				"release-1", new SiteAddress(java.net.URI.create("https://khabar.example")));
	}

	static MockHttpServletRequest request(String... headers) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/news/12/x");
		for (int i = 0; i < headers.length; i += 2) {
			request.addHeader(headers[i], headers[i + 1]);
		}
		return request;
	}

	@Test
	void servesTheRenderedPageWithCacheHeaders() {
		ResponseEntity<byte[]> response = pages.respond(request(), "article:12", "3-7", render);

		assertThat(response.getStatusCode().value()).isEqualTo(200);
		assertThat(new String(response.getBody(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
		HttpHeaders headers = response.getHeaders();
		assertThat(headers.getETag()).matches("\"[A-Za-z0-9_-]+\"");
		assertThat(headers.getCacheControl()).isEqualTo("max-age=0, public, s-maxage=10, stale-while-revalidate=60");
		assertThat(headers.getVary()).containsExactly("Accept-Encoding");
		assertThat(headers.getContentType()).hasToString("text/html;charset=UTF-8");
		assertThat(headers.containsHeader(HttpHeaders.CONTENT_ENCODING)).isFalse();
	}

	@Test
	void rendersOncePerVersion() {
		pages.respond(request(), "article:12", "3-7", render);
		pages.respond(request(), "article:12", "3-7", render);
		assertThat(renders).hasValue(1);

		pages.respond(request(), "article:12", "3-8", render);
		assertThat(renders).hasValue(2);
	}

	@Test
	void givesEachVersionItsOwnEtag() {
		String first = pages.respond(request(), "article:12", "3-7", render).getHeaders().getETag();
		String again = pages.respond(request(), "article:12", "3-7", render).getHeaders().getETag();
		String next = pages.respond(request(), "article:12", "3-8", render).getHeaders().getETag();
		String otherPage = pages.respond(request(), "article:13", "3-7", render).getHeaders().getETag();

		assertThat(again).isEqualTo(first);
		assertThat(next).isNotEqualTo(first);
		assertThat(otherPage).isNotEqualTo(first);
	}

	@Test
	void servesTheLastRenderingForNewerVersionsWhileCoalescing() {
		CachedPages coalescing = cachedPages(true, Duration.ofMinutes(1));
		ResponseEntity<byte[]> first = coalescing.respond(request(), "article:12", "3-7", render);

		ResponseEntity<byte[]> newer = coalescing.respond(request(), "article:12", "3-8", render);
		ResponseEntity<byte[]> revalidated = coalescing
			.respond(request(HttpHeaders.IF_NONE_MATCH, first.getHeaders().getETag()), "article:12", "3-9", render);

		assertThat(renders).hasValue(1);
		assertThat(newer.getHeaders().getETag()).isEqualTo(first.getHeaders().getETag());
		assertThat(newer.getBody()).isEqualTo(first.getBody());
		assertThat(revalidated.getStatusCode().value()).isEqualTo(304);
		// another page is not held back by this one
		coalescing.respond(request(), "article:13", "3-8", render);
		assertThat(renders).hasValue(2);
	}

	@Test
	void rendersTheNewVersionOnceAnEvictedPageIsAskedFor() {
		CachedPages coalescing = cachedPages(true, Duration.ofMinutes(1));
		String first = coalescing.respond(request(), "article:12", "3-7", render).getHeaders().getETag();

		coalescing.evict("article:12");
		String afterEviction = coalescing.respond(request(), "article:12", "3-8", render).getHeaders().getETag();

		assertThat(renders).hasValue(2);
		assertThat(afterEviction).isNotEqualTo(first).isEqualTo(coalescing.etag("article:12", "3-8"));
	}

	@Test
	void changesEtagsWithTheRelease() {
		String before = pages.etag("article:12", "3-7");
		CachedPages newRelease = new CachedPages(
				new WebSettings.PageCache(true, Duration.ZERO, Duration.ofSeconds(10), Duration.ofSeconds(60),
						DataSize.ofMegabytes(8), Duration.ofMinutes(10), Duration.ofSeconds(5), Duration.ZERO),
				"release-2", new SiteAddress(java.net.URI.create("https://khabar.example")));

		assertThat(newRelease.etag("article:12", "3-7")).isNotEqualTo(before);
	}

	@Test
	void answersNotModifiedWithoutRenderingWhenTheEtagMatches() {
		String etag = pages.etag("article:12", "3-7");

		for (String ifNoneMatch : new String[] { etag, "W/" + etag, "\"old\", " + etag, "\"old\",W/" + etag, "*" }) {
			ResponseEntity<byte[]> response = pages.respond(request(HttpHeaders.IF_NONE_MATCH, ifNoneMatch),
					"article:12", "3-7", render);
			assertThat(response.getStatusCode().value()).as(ifNoneMatch).isEqualTo(304);
			assertThat(response.getBody()).isNull();
			assertThat(response.getHeaders().getETag()).isEqualTo(etag);
			assertThat(response.getHeaders().getCacheControl()).contains("s-maxage=10");
		}
		assertThat(renders).hasValue(0);
	}

	@Test
	void servesThePageWhenTheEtagIsOldOrMalformed() {
		for (String ifNoneMatch : new String[] { "\"old\"", "garbage", "W/", ",,,", "" }) {
			ResponseEntity<byte[]> response = pages.respond(request(HttpHeaders.IF_NONE_MATCH, ifNoneMatch),
					"article:12", "3-7", render);
			assertThat(response.getStatusCode().value()).as(ifNoneMatch).isEqualTo(200);
		}
	}

	@Test
	void servesTheStoredGzipToClientsThatAcceptIt() throws IOException {
		ResponseEntity<byte[]> first = pages.respond(request(HttpHeaders.ACCEPT_ENCODING, "gzip, deflate, br"),
				"article:12", "3-7", render);
		ResponseEntity<byte[]> second = pages.respond(request(HttpHeaders.ACCEPT_ENCODING, "br;q=1.0, gzip;q=0.8"),
				"article:12", "3-7", render);

		assertThat(first.getHeaders().getFirst(HttpHeaders.CONTENT_ENCODING)).isEqualTo("gzip");
		String etag = pages.etag("article:12", "3-7");
		assertThat(first.getHeaders().getETag()).isEqualTo(etag.substring(0, etag.length() - 1) + "-gz\"");
		assertThat(pages
			.respond(request(HttpHeaders.IF_NONE_MATCH, first.getHeaders().getETag()), "article:12", "3-7", render)
			.getStatusCode()
			.value()).isEqualTo(304);
		assertThat(first.getBody()).hasSizeLessThan(PAGE.getBytes(StandardCharsets.UTF_8).length);
		assertThat(gunzip(first.getBody())).isEqualTo(PAGE);
		assertThat(second.getBody()).isSameAs(first.getBody());
		assertThat(renders).hasValue(1);
	}

	@Test
	void servesPlainBytesWhenGzipIsRefused() {
		for (String acceptEncoding : new String[] { "identity", "gzip;q=0", "br", "*;q=0", "gzip;q=zz" }) {
			ResponseEntity<byte[]> response = pages.respond(request(HttpHeaders.ACCEPT_ENCODING, acceptEncoding),
					"article:12", "3-7", render);
			assertThat(response.getHeaders().containsHeader(HttpHeaders.CONTENT_ENCODING)).as(acceptEncoding).isFalse();
			assertThat(new String(response.getBody(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
		}
	}

	@Test
	void keepsNoGzipOfAPageThatDoesNotShrink() {
		ResponseEntity<byte[]> response = pages.respond(request(HttpHeaders.ACCEPT_ENCODING, "gzip"), "tiny", "1",
				() -> "<p>".getBytes(StandardCharsets.UTF_8));

		assertThat(response.getHeaders().containsHeader(HttpHeaders.CONTENT_ENCODING)).isFalse();
		assertThat(response.getBody()).asString(StandardCharsets.UTF_8).isEqualTo("<p>");
	}

	@Test
	void rendersEveryTimeWhenTheCacheIsDisabledButKeepsEtagsAndGzip() throws IOException {
		CachedPages uncached = cachedPages(false);
		String etag = uncached.etag("article:12", "3-7");

		ResponseEntity<byte[]> gzipped = uncached.respond(request(HttpHeaders.ACCEPT_ENCODING, "gzip"), "article:12",
				"3-7", render);
		ResponseEntity<byte[]> plain = uncached.respond(request(), "article:12", "3-7", render);
		ResponseEntity<byte[]> revalidated = uncached.respond(request(HttpHeaders.IF_NONE_MATCH, etag), "article:12",
				"3-7", render);

		assertThat(renders).hasValue(2);
		assertThat(plain.getHeaders().getETag()).isEqualTo(etag);
		assertThat(new String(plain.getBody(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
		assertThat(gzipped.getHeaders().getFirst(HttpHeaders.CONTENT_ENCODING)).isEqualTo("gzip");
		assertThat(gunzip(gzipped.getBody())).isEqualTo(PAGE);
		assertThat(revalidated.getStatusCode().value()).isEqualTo(304);
		assertThat(uncached.enabled()).isFalse();
	}

	@Test
	void evictsEveryVersionOfAPage() {
		pages.respond(request(), "article:12", "3-7", render);
		pages.evict("article:12");
		pages.respond(request(), "article:12", "3-7", render);

		assertThat(renders).hasValue(2);
	}

	static String gunzip(byte[] gzip) throws IOException {
		try (var in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
