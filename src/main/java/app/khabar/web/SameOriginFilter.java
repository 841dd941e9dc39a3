package app.khabar.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

import app.khabar.shared.CommonError;
import app.khabar.shared.KhabarException;

/**
 * Refuses unsafe requests that a browser sent from another site: the CSRF protection of
 * the {@link GuestEndpoints}, which cannot carry a token because the page they are posted
 * from is cached for everyone. It reads, in order, {@code Sec-Fetch-Site} (sent by every
 * current browser), then {@code Origin}, then {@code Referer}; a request with none of
 * them is not from a browser, so no other site can have forged it. Allowed origins are
 * {@code khabar.web.base-url} and the request's own host. Session cookies are
 * {@code SameSite=Lax} as a second wall.
 */
class SameOriginFilter extends OncePerRequestFilter {

	private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	private final @Nullable String baseOrigin;

	private final HandlerExceptionResolver errors;

	private final MessageSource messages;

	SameOriginFilter(@Nullable String baseUrl, HandlerExceptionResolver errors, MessageSource messages) {
		this.baseOrigin = baseUrl == null || baseUrl.isBlank() ? null : origin(baseUrl);
		this.errors = errors;
		this.messages = messages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (allowed(request)) {
			chain.doFilter(request, response);
			return;
		}
		var refusal = new KhabarException(CommonError.CROSS_ORIGIN);
		if (errors.resolveException(request, response, null, refusal) == null) {
			// no error advice in this context (slice tests): still a Persian 403
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			response.setContentType("text/plain;charset=UTF-8");
			response.getOutputStream()
				.write(messages.getMessage(refusal.code().messageKey(), null, Locale.forLanguageTag("fa-IR"))
					.getBytes(StandardCharsets.UTF_8));
		}
	}

	boolean allowed(HttpServletRequest request) {
		if (SAFE.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
			return true;
		}
		var origin = request.getHeader("Origin");
		var fetchSite = request.getHeader("Sec-Fetch-Site");
		if (fetchSite != null) {
			return fetchSite.equals("same-origin") || fetchSite.equals("none") || trusted(origin);
		}
		if (origin != null) {
			return sameHost(origin, request) || trusted(origin);
		}
		var referer = request.getHeader("Referer");
		if (referer != null) {
			return sameHost(referer, request) || trusted(referer);
		}
		return true;
	}

	private boolean trusted(@Nullable String url) {
		return url != null && baseOrigin != null && baseOrigin.equals(origin(url));
	}

	/** Whether the URL's host and port are the {@code Host} the request was sent to. */
	private static boolean sameHost(String url, HttpServletRequest request) {
		var host = request.getHeader("Host");
		var authority = authority(url);
		return host != null && authority != null && authority.equalsIgnoreCase(host.strip());
	}

	private static @Nullable String authority(String url) {
		try {
			var uri = URI.create(url.strip());
			return uri.getRawAuthority();
		}
		catch (IllegalArgumentException malformed) {
			return null;
		}
	}

	/**
	 * {@code scheme://host[:port]}, lower-case, or "" for anything that is not an
	 * absolute URL ({@code null}).
	 */
	private static String origin(String url) {
		try {
			var uri = URI.create(url.strip());
			if (uri.getScheme() == null || uri.getRawAuthority() == null) {
				return "";
			}
			return (uri.getScheme() + "://" + uri.getRawAuthority()).toLowerCase(Locale.ROOT);
		}
		catch (IllegalArgumentException malformed) {
			return "";
		}
	}

}
