package app.khabar.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriUtils;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The site's own address, for every absolute link (canonical, og:url, short links, feeds,
 * sitemaps, structured data): {@code khabar.web.base-url} when set, otherwise the origin
 * of the request being answered (its scheme and {@code Host}; behind a trusted proxy the
 * forwarded ones, see {@link ForwardedHeaders}), so a newcomer on any host or port gets
 * working links.
 * <p>
 * Without a base URL a cached answer holds the origin it was rendered for, so
 * {@link CachedPages} and {@link HotPages} key answers by origin too ({@link #scope}): a
 * forged {@code Host} only ever gets its own links back. The origins kept are few and
 * chosen by how often they are asked for (Caffeine's frequency-based admission), so a
 * flood of made-up hosts neither grows the caches nor pushes the real host out; a request
 * from an origin not kept is rendered for itself and not cached.
 */
@Component
@EnableConfigurationProperties(WebSettings.class)
public final class SiteAddress {

	/** Links of work done outside any request, when no base URL is set. */
	static final String FALLBACK = "http://localhost:8080";

	static final int KEPT_ORIGINS = 8;

	private static final Pattern HOST = Pattern.compile("[a-z0-9.\\-]{1,253}|\\[[0-9a-f:.]{2,45}\\]");

	private final @Nullable String base;

	private final Cache<String, Boolean> origins;

	@Autowired
	SiteAddress(WebSettings settings) {
		this(settings.baseUrl());
	}

	SiteAddress(@Nullable URI baseUrl) {
		this.base = baseUrl == null || baseUrl.toString().isBlank() ? null : withoutTrailingSlash(baseUrl.toString());
		// run maintenance on the caller's thread, so admission is decided before the next
		// request asks
		this.origins = Caffeine.newBuilder().maximumSize(KEPT_ORIGINS).executor(Runnable::run).build();
	}

	/**
	 * The absolute URL of a path on this site, for the request being answered, e.g.
	 * {@code /news/1/x} → {@code https://khabar.example/news/1/x}; an absolute http(s)
	 * URL stays as it is.
	 */
	public String absolute(String path) {
		if (path.startsWith("https://") || path.startsWith("http://")) {
			return path;
		}
		return origin() + (path.startsWith("/") ? path : "/" + path);
	}

	/**
	 * Like {@link #absolute}, for a path that may hold Persian (a tag's segment, an
	 * author's handle): %-encoded first, e.g. {@code /tag/بودجه} →
	 * {@code https://khabar.example/tag/%D8%A8...}.
	 */
	public String absoluteEncoded(String path) {
		return absolute(UriUtils.encodePath(path, StandardCharsets.UTF_8));
	}

	/**
	 * The site's origin (or base URL) for the request being answered: no trailing slash.
	 */
	public String origin() {
		if (base != null) {
			return base;
		}
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			String origin = requestOrigin(attributes.getRequest());
			return origin != null ? origin : FALLBACK;
		}
		return FALLBACK;
	}

	/**
	 * What cached answers to this request are kept apart by: "" with a base URL (the same
	 * links for everyone), otherwise the request's origin.
	 */
	String scope(HttpServletRequest request) {
		if (base != null) {
			return "";
		}
		String origin = requestOrigin(request);
		return origin != null ? origin : "invalid:";
	}

	/**
	 * Whether answers for this scope may be kept: always with a base URL; otherwise only
	 * for the few origins often asked for. Each call counts as a sighting of the origin.
	 */
	boolean keeps(String scope) {
		if (scope.isEmpty()) {
			return true;
		}
		if (scope.startsWith("invalid:")) {
			return false;
		}
		if (origins.getIfPresent(scope) != null) {
			return true;
		}
		origins.put(scope, Boolean.TRUE);
		return false;
	}

	/** How many request origins are kept now (for tests). */
	long keptOrigins() {
		origins.cleanUp();
		return origins.estimatedSize();
	}

	/**
	 * {@code scheme://host[:port]} of the request, lower-case, the port left out when it
	 * is the scheme's default; null for a host that is not a host name or address.
	 */
	static @Nullable String requestOrigin(HttpServletRequest request) {
		String scheme = request.getScheme().toLowerCase(Locale.ROOT);
		String host = request.getServerName().toLowerCase(Locale.ROOT);
		if (!(scheme.equals("http") || scheme.equals("https")) || !HOST.matcher(host).matches()) {
			return null;
		}
		int port = request.getServerPort();
		boolean defaultPort = port <= 0 || (scheme.equals("http") && port == 80)
				|| (scheme.equals("https") && port == 443);
		return scheme + "://" + host + (defaultPort ? "" : ":" + port);
	}

	private static String withoutTrailingSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
