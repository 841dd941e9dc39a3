package app.khabar.comment.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import app.khabar.web.GuestEndpoints;

/**
 * What readers send from a cached article page: comments and replies (form and JSON),
 * votes (form and JSON), the reader's own votes and the captcha challenge. The shell
 * opens them to guests behind its same-origin check.
 */
@Configuration(proxyBeanMethods = false)
class CommentGuestEndpoints {

	@Bean
	GuestEndpoints commentGuestRoutes() {
		var paths = PathPatternRequestMatcher.withDefaults();
		return GuestEndpoints.of(paths.matcher(HttpMethod.POST, "/news/{id}/comments"),
				paths.matcher(HttpMethod.POST, "/api/v1/articles/{id}/comments"),
				paths.matcher(HttpMethod.POST, "/comments/{id}/vote"),
				paths.matcher(HttpMethod.POST, "/api/v1/comments/{id}/vote"),
				paths.matcher(HttpMethod.GET, "/api/v1/articles/{id}/votes/mine"),
				paths.matcher(HttpMethod.GET, "/api/v1/captcha/challenge"));
	}

}
