package app.khabar.account.web;

import org.springframework.security.web.csrf.CsrfToken;

/**
 * The hidden CSRF field of a staff form (staff pages are never cached, so a per-session
 * token is fine).
 */
public record CsrfField(String name, String value) {

	static CsrfField of(CsrfToken token) {
		return new CsrfField(token.getParameterName(), token.getToken());
	}

}
