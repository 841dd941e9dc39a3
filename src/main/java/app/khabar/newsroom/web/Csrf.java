package app.khabar.newsroom.web;

import org.springframework.security.web.csrf.CsrfToken;

/**
 * The CSRF field every staff form carries, and the header scripts send it in (uploads).
 */
public record Csrf(String parameterName, String token, String headerName) {

	static Csrf of(CsrfToken token) {
		return new Csrf(token.getParameterName(), token.getToken(), token.getHeaderName());
	}

}
