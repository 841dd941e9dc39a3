package app.khabar.wordpress.web;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;

import app.khabar.wordpress.OldUrls;

/**
 * The old WordPress site's URLs, answered with a 301 to their Khabar pages. Consulted
 * after every controller mapping and before the static files' catch-all, so a path Khabar
 * serves itself is never redirected: only what would otherwise be a 404 is looked up.
 * Files (a path whose last segment has an extension) are not looked up at all.
 */
@Component
class OldUrlMapping extends AbstractHandlerMapping {

	private static final Pattern FILE = Pattern.compile(".*/[^/]*\\.[A-Za-z0-9]{1,5}$");

	private final OldUrls oldUrls;

	OldUrlMapping(OldUrls oldUrls) {
		this.oldUrls = oldUrls;
		// after RequestMappingHandlerMapping (0), before the resource handler (LOWEST -
		// 1)
		setOrder(Ordered.LOWEST_PRECEDENCE - 10);
	}

	@Override
	protected @Nullable Object getHandlerInternal(HttpServletRequest request) {
		String method = request.getMethod();
		if (!"GET".equals(method) && !"HEAD".equals(method)) {
			return null;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String lower = path.toLowerCase(Locale.ROOT);
		// permalinks may end in .html; other files are never posts
		if (FILE.matcher(lower).matches() && !lower.endsWith(".html") && !lower.endsWith(".htm")) {
			return null;
		}
		Optional<String> location = oldUrls.resolve(path);
		return location.map(OldUrlMapping::movedTo).orElse(null);
	}

	static HttpRequestHandler movedTo(String location) {
		return (request, response) -> {
			response.setStatus(HttpStatus.MOVED_PERMANENTLY.value());
			response.setHeader("Location", location);
			response.setHeader("Cache-Control", "public, max-age=86400");
		};
	}

}
