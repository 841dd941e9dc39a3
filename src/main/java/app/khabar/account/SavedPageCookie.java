package app.khabar.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.savedrequest.CookieRequestCache;

/**
 * The page a visitor asked for before signing in, kept in a cookie (no session before
 * sign-in). Spring's cookie cache hands it back, and forgets it, as soon as that page is
 * asked for again; here that waits until the sign-in is done, so a member who opens the
 * page again between the password and the second factor still lands on it afterwards.
 */
final class SavedPageCookie extends CookieRequestCache {

	@Override
	public @Nullable HttpServletRequest getMatchingRequest(HttpServletRequest request, HttpServletResponse response) {
		if (SecurityContextHolder.getContext().getAuthentication() instanceof PendingSignIn) {
			return null;
		}
		return super.getMatchingRequest(request, response);
	}

}
