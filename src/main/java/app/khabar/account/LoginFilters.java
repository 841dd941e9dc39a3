package app.khabar.account;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.filter.OncePerRequestFilter;

import app.khabar.web.ClientIdentity;

/** The pieces of the login flow that throttle failures and force a new password. */
final class LoginFilters {

	static final String LOGIN = "/login";

	static final String PASSWORD_PAGE = "/account/password";

	private LoginFilters() {
	}

	/** Refuses a login attempt for a locked username or client before the password is even checked. */
	static final class Throttle extends OncePerRequestFilter {

		private final LoginThrottle throttle;

		private final ClientIdentity clients;

		Throttle(LoginThrottle throttle, ClientIdentity clients) {
			this.throttle = throttle;
			this.clients = clients;
		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			return !(HttpMethod.POST.matches(request.getMethod()) && LOGIN.equals(path(request)));
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (throttle.isLocked(username(request), clients.hash(request))) {
				response.sendRedirect(request.getContextPath() + LOGIN + "?locked");
				return;
			}
			chain.doFilter(request, response);
		}

	}

	static final class Failure implements AuthenticationFailureHandler {

		private final LoginThrottle throttle;

		private final ClientIdentity clients;

		Failure(LoginThrottle throttle, ClientIdentity clients) {
			this.throttle = throttle;
			this.clients = clients;
		}

		@Override
		public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
				AuthenticationException exception) throws IOException {
			throttle.failed(username(request), clients.hash(request));
			response.sendRedirect(request.getContextPath() + LOGIN + "?error");
		}

	}

	static final class Success extends SavedRequestAwareAuthenticationSuccessHandler {

		private final LoginThrottle throttle;

		Success(LoginThrottle throttle) {
			this.throttle = throttle;
		}

		@Override
		public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
				Authentication authentication) throws ServletException, IOException {
			throttle.succeeded(authentication.getName());
			if (authentication.getPrincipal() instanceof StaffPrincipal principal && principal.mustChangePassword()) {
				getRedirectStrategy().sendRedirect(request, response, PASSWORD_PAGE);
				return;
			}
			super.onAuthenticationSuccess(request, response, authentication);
		}

	}

	/** Until a one-time password is replaced, every staff page leads to the password page. */
	static final class MustChangePassword extends OncePerRequestFilter {

		private final CurrentStaff staff;

		MustChangePassword(CurrentStaff staff) {
			this.staff = staff;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			var path = path(request);
			if (staff.mustChangePassword() && !path.equals(PASSWORD_PAGE) && !path.equals("/logout")) {
				response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
				return;
			}
			chain.doFilter(request, response);
		}

	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	private static String username(HttpServletRequest request) {
		var username = request.getParameter("username");
		return username == null ? "" : username;
	}

}
