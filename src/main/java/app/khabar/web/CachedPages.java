package app.khabar.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import app.khabar.shared.ReadThroughCache;

import jakarta.servlet.http.HttpServletRequest;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

/**
 * Serves a page that is the same for every anonymous reader (DESIGN.md, path 1): the
 * rendered bytes are kept in memory keyed by the page and its content version, with a
 * gzipped copy beside them; the ETag comes from the version (the gzipped representation
 * has its own, {@code "...-gz"}), so a revalidating browser, CDN or nginx gets a 304
 * without a render. With {@code khabar.web.page-cache.enabled=false} every request
 * renders (and gzips, when asked).
 *
 * <pre>{@code
 * &#64;GetMapping("/news/{id}/{slug}")
 * ResponseEntity<byte[]> show(@PathVariable long id, HttpServletRequest request) {
 *     var article = catalog.byId(id);
 *     return pages.respond(request, "article:" + id, article.version() + "-" + counters.version(),
 *             () -> renderer.render("article/show", Map.of("page", ArticlePage.of(article))));
 * }
 * }</pre> Nothing per reader (CSRF token, "my vote") may go into such a page.
 */
@Component
@EnableConfigurationProperties(WebSettings.class)
public final class CachedPages implements MeterBinder {

	private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

	private static final String GZIP_SUFFIX = "-gz";

	private final WebSettings.PageCache settings;

	private final CacheControl cacheControl;

	private final @Nullable ReadThroughCache<Key, Rendered> cache;

	/**
	 * Each page's last rendering, for {@code khabar.web.page-cache.coalesce}: gone when
	 * that time is up.
	 */
	private final @Nullable Cache<PageKey, Latest> latest;

	/**
	 * Changes when templates or message bundles change, so a new release never answers
	 * 304 with an old layout.
	 */
	private final String release;

	private final SiteAddress site;

	@Autowired
	CachedPages(WebSettings settings, SiteAddress site) {
		this(settings.pageCache(), releaseFingerprint(), site);
	}

	CachedPages(WebSettings.PageCache settings, String release, SiteAddress site) {
		this.settings = settings;
		this.release = release;
		this.site = site;
		this.cacheControl = CacheControl.maxAge(settings.maxAge())
			.sMaxAge(settings.sharedMaxAge())
			.cachePublic()
			.staleWhileRevalidate(settings.staleWhileRevalidate());
		// rendered outside the cache's lock: readers of a page being rendered wait for
		// that
		// one render without blocking on a monitor (ReadThroughCache)
		this.cache = settings.enabled() ? ReadThroughCache.of(Caffeine.newBuilder()
			.recordStats()
			.maximumWeight(settings.maximumSize().toBytes())
			.weigher((Key key, Rendered page) -> page.weight())
			.expireAfterAccess(settings.expireAfterAccess())) : null;
		this.latest = settings.enabled() && settings.coalesce().isPositive()
				? Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(settings.coalesce()).build() : null;
	}

	/**
	 * The page for {@code cacheKey} at {@code version}: 304 when the request's
	 * If-None-Match already has it, otherwise the bytes (rendered by {@code render} only
	 * when not cached), gzipped when the client accepts it.
	 * @param cacheKey names the page, e.g. {@code article:12} or
	 * {@code section:sports:page:2}
	 * @param version changes whenever anything shown on the page changes (e.g. article
	 * version and comment counters)
	 * @param render renders the page as UTF-8 HTML (see {@link PageRenderer})
	 */
	public ResponseEntity<byte[]> respond(HttpServletRequest request, String cacheKey, String version,
			Supplier<byte[]> render) {
		return respond(request, cacheKey, version, HTML, render);
	}

	/**
	 * Like {@link #respond(HttpServletRequest, String, String, Supplier)} for answers
	 * that are not HTML pages (feeds, sitemaps, JSON), served the same way: from memory
	 * when hot, 304 on a matching ETag, gzipped when accepted.
	 * @param contentType what {@code render} produces, e.g.
	 * {@code application/rss+xml;charset=UTF-8}
	 */
	public ResponseEntity<byte[]> respond(HttpServletRequest request, String cacheKey, String version,
			MediaType contentType, Supplier<byte[]> render) {
		return respond(request, cacheKey, version, contentType, cacheControl, render);
	}

	/**
	 * Like {@link #respond(HttpServletRequest, String, String, MediaType, Supplier)} with
	 * caches told {@code caching} instead of the pages' default, e.g. a shorter life for
	 * a check that readers repeat every few seconds.
	 */
	public ResponseEntity<byte[]> respond(HttpServletRequest request, String cacheKey, String version,
			MediaType contentType, CacheControl caching, Supplier<byte[]> render) {
		// without a base URL the page holds the request's origin: kept apart per origin
		String scope = site.scope(request);
		boolean gzip = acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
		boolean kept = cache != null && site.keeps(scope);
		Key key = new Key(scope, cacheKey, version);
		// a rendering of an older version, served instead of rendering this one yet
		Latest coalesced = kept ? coalesced(key) : null;
		String etag = etag(scope + cacheKey, coalesced != null ? coalesced.version() : version);
		// kept by HotPages no longer than the rendering may stand in for newer versions
		Duration hotLife = coalesced != null ? coalesced.remaining(settings.coalesce()) : settings.hotTtl();
		if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
			// the next revalidations are answered from memory too: readers who poll send
			// If-None-Match every time, so a page that went hot only on a 200 would leave
			// them on the slow path once its first 200 was forgotten
			// peek: a look-up that renders nothing is not a hit or miss of the cache's
			// metrics
			Rendered cached = coalesced != null ? coalesced.page() : kept ? cache.peek(key) : null;
			if (cached != null) {
				stage(request, cacheKey, etag, contentType, caching, cached, hotLife);
			}
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
				.eTag(gzip ? gzipVariant(etag) : etag)
				.cacheControl(caching)
				.varyBy(HttpHeaders.ACCEPT_ENCODING)
				.build();
		}
		// Tomcat does not compress a response with a strong ETag, so the gzip is always
		// ours
		// a cached page is gzipped once, as small as possible; an uncached one per
		// request, as fast as possible
		Rendered page;
		if (coalesced != null) {
			page = coalesced.page();
		}
		else if (kept) {
			page = cache.get(key, k -> {
				Rendered rendered = Rendered.of(render.get(), true, Deflater.BEST_COMPRESSION);
				if (latest != null) {
					latest.put(new PageKey(k.scope(), k.cacheKey()),
							new Latest(k.version(), rendered, System.nanoTime()));
				}
				return rendered;
			});
		}
		else {
			page = Rendered.of(render.get(), gzip, Deflater.BEST_SPEED);
		}
		ResponseEntity.BodyBuilder ok = ResponseEntity.ok()
			.cacheControl(caching)
			.varyBy(HttpHeaders.ACCEPT_ENCODING)
			.contentType(contentType);
		if (kept) {
			stage(request, cacheKey, etag, contentType, caching, page, hotLife);
		}
		if (gzip && page.gzip() != null) {
			return ok.eTag(gzipVariant(etag)).header(HttpHeaders.CONTENT_ENCODING, "gzip").body(page.gzip());
		}
		return ok.eTag(etag).body(page.identity());
	}

	/**
	 * The page's last rendering when it is of another version and recent enough to stand
	 * in for this one; null when it is of this version or too old. (This version cannot
	 * be cached beside a newer last rendering: each render replaces the last one.)
	 */
	private @Nullable Latest coalesced(Key key) {
		Latest last = latest != null ? latest.getIfPresent(new PageKey(key.scope(), key.cacheKey())) : null;
		return last != null && !last.version().equals(key.version()) ? last : null;
	}

	private static void stage(HttpServletRequest request, String cacheKey, String etag, MediaType contentType,
			CacheControl caching, Rendered page, Duration life) {
		HotPages.stage(request, new HotPages.Page(cacheKey, etag, gzipVariant(etag), caching.getHeaderValue(),
				contentType.toString(), page.identity(), page.gzip(), life));
	}

	/**
	 * Drops every cached version of a page, e.g. when it must disappear now (a retracted
	 * article).
	 */
	public void evict(String cacheKey) {
		if (cache != null) {
			cache.invalidateIf(key -> key.cacheKey().equals(cacheKey));
		}
		if (latest != null) {
			latest.asMap().keySet().removeIf(key -> key.cacheKey().equals(cacheKey));
		}
	}

	/** Whether rendered bytes are kept ({@code khabar.web.page-cache.enabled}). */
	public boolean enabled() {
		return settings.enabled();
	}

	String etag(String cacheKey, String version) {
		byte[] digest = sha256(release + '\n' + cacheKey + '\n' + version);
		return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16)) + '"';
	}

	/** The gzipped representation's own strong tag: {@code "abc"} → {@code "abc-gz"}. */
	static String gzipVariant(String etag) {
		return etag.substring(0, etag.length() - 1) + GZIP_SUFFIX + '"';
	}

	/**
	 * If-None-Match holds {@code *} or this tag (or its gzip variant), weak or strong
	 * (RFC 9110 compares weakly for GET).
	 */
	static boolean matches(@Nullable String ifNoneMatch, String etag) {
		if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
			return false;
		}
		for (String candidate : ifNoneMatch.split(",")) {
			String tag = candidate.strip();
			if (tag.equals("*")) {
				return true;
			}
			if (tag.startsWith("W/")) {
				tag = tag.substring(2);
			}
			if (tag.equals(etag) || tag.equals(gzipVariant(etag))) {
				return true;
			}
		}
		return false;
	}

	/** Accept-Encoding lists gzip (or {@code *}) without {@code q=0}. */
	static boolean acceptsGzip(@Nullable String acceptEncoding) {
		if (acceptEncoding == null) {
			return false;
		}
		for (String part : acceptEncoding.split(",")) {
			String[] pieces = part.split(";");
			String coding = pieces[0].strip().toLowerCase(Locale.ROOT);
			if (coding.equals("gzip") || coding.equals("x-gzip") || coding.equals("*")) {
				return !refused(pieces);
			}
		}
		return false;
	}

	private static boolean refused(String[] pieces) {
		for (int i = 1; i < pieces.length; i++) {
			String parameter = pieces[i].strip().toLowerCase(Locale.ROOT);
			if (parameter.startsWith("q=")) {
				try {
					return Double.parseDouble(parameter.substring(2)) <= 0;
				}
				catch (NumberFormatException ex) {
					return true;
				}
			}
		}
		return false;
	}

	private static String releaseFingerprint() {
		try {
			var resolver = new PathMatchingResourcePatternResolver(CachedPages.class.getClassLoader());
			Resource[] resources = concat(resolver.getResources("classpath*:gg/jte/generated/precompiled/**/*.class"),
					resolver.getResources("classpath*:messages/*.properties"));
			Arrays.sort(resources, Comparator.comparing(Resource::getDescription));
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (Resource resource : resources) {
				try (InputStream in = resource.getInputStream()) {
					digest.update(in.readAllBytes());
				}
			}
			return HexFormat.of().formatHex(digest.digest(), 0, 8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Resource[] concat(Resource[] a, Resource[] b) {
		Resource[] all = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, all, a.length, b.length);
		return all;
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Key(String scope, String cacheKey, String version) {
	}

	private record PageKey(String scope, String cacheKey) {
	}

	/**
	 * A page's last rendering, of {@code version}, made at {@code renderedAt} (nanos).
	 */
	private record Latest(String version, Rendered page, long renderedAt) {

		Duration remaining(Duration coalesce) {
			Duration left = coalesce.minusNanos(System.nanoTime() - renderedAt);
			return left.isNegative() ? Duration.ZERO : left;
		}

	}

	/** The page's bytes and, when asked for and smaller, their gzip. */
	private record Rendered(byte[] identity, byte @Nullable [] gzip) {

		static Rendered of(byte[] identity, boolean withGzip, int level) {
			if (!withGzip) {
				return new Rendered(identity, null);
			}
			byte[] gzip = gzip(identity, level);
			return new Rendered(identity, gzip.length < identity.length ? gzip : null);
		}

		int weight() {
			return identity.length + (gzip != null ? gzip.length : 0);
		}

		private static byte[] gzip(byte[] bytes, int level) {
			var out = new ByteArrayOutputStream(bytes.length / 4 + 64);
			try (var gzip = new GZIPOutputStream(out) {
				{
					def.setLevel(level);
				}
			}) {
				gzip.write(bytes);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return out.toByteArray();
		}

	}

	/** Its cache's hits and misses ({@code cache.gets}, README "Metrics"). */
	@Override
	public void bindTo(MeterRegistry meters) {
		if (cache != null) {
			CaffeineCacheMetrics.monitor(meters, cache.async(), "web.pages");
		}
	}

}
