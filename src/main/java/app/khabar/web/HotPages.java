package app.khabar.web;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import io.micrometer.core.instrument.Counter;

import app.khabar.shared.AfterCommit;

/**
 * The hot path of DESIGN.md's path 1: a page that {@link CachedPages} rendered for one
 * reader is served to the next ones straight from memory by its URL, before security
 * filters, MVC and the version lookups run. It holds only what went out without a cookie
 * as a 200, or as a 304 for a page it has whole, keeps the response's own headers, and
 * forgets a page when {@link PagesChanged} says so (after the commit; the modules raise
 * it for other nodes' changes too, as the cluster's change feed brings them) or after
 * {@code khabar.web.page-cache.hot-ttl}, a backstop should an eviction be missed.
 */
final class HotPages extends OncePerRequestFilter {

	private static final String STAGED = HotPages.class.getName() + ".staged";

	/**
	 * Headers that are the response's own per request or that this filter writes itself.
	 */
	private static final List<String> NOT_KEPT = List.of(HttpHeaders.CONTENT_LENGTH, HttpHeaders.DATE, HttpHeaders.ETAG,
			HttpHeaders.CONTENT_ENCODING, HttpHeaders.SET_COOKIE, HttpHeaders.TRANSFER_ENCODING, HttpHeaders.CONNECTION,
			"Keep-Alive", HttpHeaders.CACHE_CONTROL, HttpHeaders.VARY, HttpHeaders.CONTENT_TYPE);

	private final Cache<String, Entry> byUrl;

	private final List<ServedPages> listeners;

	private final SiteAddress site;

	private final Counter served;

	HotPages(WebSettings.PageCache settings, List<ServedPages> listeners, SiteAddress site, Counter served) {
		this.site = site;
		this.served = served;
		// not recordStats(): its hits are khabar.pages.hot.served, and every other GET
		// would count as a miss
		// each page as long as CachedPages says (a coalesced rendering only while it may
		// stand in), never past the hot-ttl
		Duration hotTtl = settings.hotTtl();
		this.byUrl = Caffeine.newBuilder()
			.maximumSize(20_000)
			.expireAfter(Expiry.creating((String url, Entry entry) -> min(entry.page().life(), hotTtl)))
			.build();
		this.listeners = List.copyOf(listeners);
	}

	/**
	 * What {@link CachedPages} served for this request, to be kept if the response goes
	 * out as it is.
	 */
	record Page(String cacheKey, String etag, String gzipEtag, String cacheControl, String contentType, byte[] identity,
			byte @Nullable [] gzip, Duration life) {
	}

	private static Duration min(Duration a, Duration b) {
		return a.compareTo(b) <= 0 ? a : b;
	}

	private record Entry(Page page, List<Map.Entry<String, String>> headers) {
	}

	static void stage(HttpServletRequest request, Page page) {
		request.setAttribute(STAGED, page);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean readOnly = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
		String url = readOnly ? url(request) : null;
		Entry entry = url != null ? byUrl.getIfPresent(url) : null;
		if (entry != null) {
			serve(entry, request, response);
			served.increment();
			for (ServedPages listener : listeners) {
				listener.served(entry.page().cacheKey());
			}
			return;
		}
		chain.doFilter(request, response);
		if (url != null && request.getAttribute(STAGED) instanceof Page page && kept(response.getStatus())
				&& !response.containsHeader(HttpHeaders.SET_COOKIE)) {
			byUrl.put(url, new Entry(page, keptHeaders(response)));
		}
	}

	/**
	 * A 200, or a 304 to a reader who revalidates a page the cache holds whole (staged
	 * the same way).
	 */
	private static boolean kept(int status) {
		return status == HttpServletResponse.SC_OK || status == HttpServletResponse.SC_NOT_MODIFIED;
	}

	private static void serve(Entry entry, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		Page page = entry.page();
		boolean gzip = page.gzip() != null && CachedPages.acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
		response.setHeader(HttpHeaders.CACHE_CONTROL, page.cacheControl());
		response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		response.setHeader(HttpHeaders.ETAG, gzip ? page.gzipEtag() : page.etag());
		if (CachedPages.matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), page.etag())) {
			// only what updates the reader's stored copy (RFC 9111 4.3.4): that copy
			// keeps
			// the page's other headers (its CSP and the like), and a poller's 304 stays
			// small
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		for (Map.Entry<String, String> header : entry.headers()) {
			response.addHeader(header.getKey(), header.getValue());
		}
		byte[] body = gzip ? page.gzip() : page.identity();
		response.setContentType(page.contentType());
		if (gzip) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setContentLength(body.length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(body);
		}
	}

	private static List<Map.Entry<String, String>> keptHeaders(HttpServletResponse response) {
		List<Map.Entry<String, String>> kept = new ArrayList<>();
		for (String name : response.getHeaderNames()) {
			if (NOT_KEPT.stream().noneMatch(name::equalsIgnoreCase)) {
				for (String value : response.getHeaders(name)) {
					kept.add(Map.entry(name, value));
				}
			}
		}
		return List.copyOf(kept);
	}

	/**
	 * The page's URL; an https reader's is kept apart, since only https answers carry
	 * HSTS, and so is each origin's when links are built from the request's origin
	 * ({@link SiteAddress#scope}).
	 */
	private String url(HttpServletRequest request) {
		String query = request.getQueryString();
		String url = query == null ? request.getRequestURI() : request.getRequestURI() + '?' + query;
		return site.scope(request) + (request.isSecure() ? "https:" + url : url);
	}

	@EventListener
	void on(PagesChanged event) {
		AfterCommit.run(() -> {
			if (event.cacheKey() == null) {
				byUrl.invalidateAll();
			}
			else {
				byUrl.asMap().values().removeIf(entry -> event.covers(entry.page().cacheKey()));
			}
		});
	}

}
