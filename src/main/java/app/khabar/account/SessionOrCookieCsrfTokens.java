package app.khabar.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * CSRF tokens of the staff chain: a visitor without a session (the login form) gets
 * Spring Security's cookie token, so an anonymous {@code GET /login} stores nothing
 * (sessions live in the database); once signed in, the token is the session's, as before.
 * The cookie is HTTP-only (the form carries the token), sent only to {@code /login}.
 */
final class SessionOrCookieCsrfTokens implements CsrfTokenRepository {

	private final CsrfTokenRepository sessions = new HttpSessionCsrfTokenRepository();

	private final CsrfTokenRepository cookies;

	SessionOrCookieCsrfTokens() {
		var cookies = new CookieCsrfTokenRepository();
		cookies.setCookiePath(LoginFilters.LOGIN);
		cookies.setCookieCustomizer(cookie -> cookie.sameSite("Strict"));
		this.cookies = cookies;
	}

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		return of(request).generateToken(request);
	}

	@Override
	public void saveToken(@Nullable CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		of(request).saveToken(token, request, response);
	}

	@Override
	public @Nullable CsrfToken loadToken(HttpServletRequest request) {
		return of(request).loadToken(request);
	}

	private CsrfTokenRepository of(HttpServletRequest request) {
		return request.getSession(false) != null ? sessions : cookies;
	}

}
