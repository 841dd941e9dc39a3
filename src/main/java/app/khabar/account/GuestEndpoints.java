package app.khabar.account;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The endpoints a reader uses from a cached public page: comment posting, votes and the captcha challenge. A cached
 * page carries no per-reader CSRF token, so these are protected by {@link SameOriginFilter} instead.
 */
final class GuestEndpoints {

	private GuestEndpoints() {
	}

	static RequestMatcher matcher() {
		var paths = PathPatternRequestMatcher.withDefaults();
		return new OrRequestMatcher(paths.matcher(HttpMethod.POST, "/news/{id}/comments"),
				paths.matcher(HttpMethod.POST, "/api/v1/articles/{id}/comments"),
				paths.matcher(HttpMethod.POST, "/comments/{id}/vote"),
				paths.matcher(HttpMethod.POST, "/api/v1/comments/{id}/vote"),
				paths.matcher(HttpMethod.GET, "/api/v1/captcha/challenge"));
	}

}
