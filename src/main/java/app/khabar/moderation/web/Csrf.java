package app.khabar.moderation.web;

import org.springframework.security.web.csrf.CsrfToken;

/** The CSRF field every desk form carries. */
public record Csrf(String parameterName, String token) {

	static Csrf of(CsrfToken token) {
		return new Csrf(token.getParameterName(), token.getToken());
	}

}
