package app.khabar.web;

import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Endpoints a reader uses from a cached public page (posting a comment, voting, a captcha
 * challenge), declared as a bean by the module that serves them. A cached page carries no
 * per-reader CSRF token, so the shell's security ({@code WebSecurityConfiguration}) opens
 * every declared endpoint to guests, without a session, behind a same-origin check
 * ({@link SameOriginFilter}) instead.
 */
public record GuestEndpoints(RequestMatcher matcher) {

	public static GuestEndpoints of(RequestMatcher... endpoints) {
		return new GuestEndpoints(new OrRequestMatcher(endpoints));
	}

}
