package app.khabar.account;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

import app.khabar.shared.KhabarException;
import app.khabar.web.ClientIdentity;

/**
 * The pieces of the sign-in flow that guard it before any hash, settle each attempt and
 * force a new password.
 */
final class LoginFilters {

	static final String LOGIN = "/login";

	static final String PASSWORD_PAGE = "/account/password";

	/**
	 * The request attribute that carries the claimed {@link LoginThrottle.Attempt} from
	 * the gate to the outcome.
	 */
	static final String ATTEMPT = LoginThrottle.Attempt.class.getName();

	private LoginFilters() {
	}

	/**
	 * The cheap checks of a sign-in, before any password is hashed (the CSRF filter ran
	 * before): this node's budget for unknown clients ({@link LoginRate}), then the claim
	 * on the account's and client's counters ({@link LoginThrottle}). A busy node answers
	 * 429 at once, a backed-off client is sent back to the login page.
	 */
	static final class Gate extends OncePerRequestFilter {

		private final LoginThrottle throttle;

		private final DeviceCookies devices;

		private final ClientIdentity clients;

		private final LoginRate rate;

		private final HandlerExceptionResolver errors;

		private final LoginFailures failures;

		Gate(LoginThrottle throttle, DeviceCookies devices, ClientIdentity clients, LoginRate rate,
				HandlerExceptionResolver errors, LoginFailures failures) {
			this.failures = failures;
			this.throttle = throttle;
			this.devices = devices;
			this.clients = clients;
			this.rate = rate;
			this.errors = errors;
		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			return !(HttpMethod.POST.matches(request.getMethod()) && LOGIN.equals(path(request)));
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			var username = username(request);
			LoginThrottle.Client client = devices
				.knownDevice(request, username).<LoginThrottle
						.Client>map(device -> device)
				.orElseGet(() -> new LoginThrottle.Address(clients.hash(request)));
			if (client instanceof LoginThrottle.Address && !rate.tryTake()) {
				busy(request, response, new KhabarException(AccountError.LOGIN_BUSY));
				return;
			}
			var attempt = throttle.tryAttempt(username, client);
			if (attempt.isEmpty()) {
				failures.backedOff();
				response.sendRedirect(request.getContextPath() + LOGIN + "?locked");
				return;
			}
			request.setAttribute(ATTEMPT, attempt.get());
			try {
				chain.doFilter(request, response);
			}
			catch (KhabarException failure) {
				if (failure.code() != AccountError.LOGIN_BUSY) {
					throw failure;
				}
				// the hashing pool was full: the password was never checked, so it is no
				// failure
				throttle.abandoned(attempt.get());
				busy(request, response, failure);
			}
		}

		private void busy(HttpServletRequest request, HttpServletResponse response, KhabarException refusal)
				throws IOException {
			failures.busy();
			response.setHeader(HttpHeaders.RETRY_AFTER, "1");
			if (errors.resolveException(request, response, null, refusal) == null) {
				response.sendError(AccountError.LOGIN_BUSY.kind().httpStatus());
			}
		}

	}

	/**
	 * A wrong password (or an unknown or disabled account): the attempt was counted when
	 * it was claimed.
	 */
	static final class Failure implements AuthenticationFailureHandler {

		private final LoginFailures failures;

		Failure(LoginFailures failures) {
			this.failures = failures;
		}

		@Override
		public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
				AuthenticationException exception) throws IOException {
			failures.wrongPassword();
			response.sendRedirect(request.getContextPath() + LOGIN + "?error");
		}

	}

	/**
	 * The password of this sign-in attempt was right: its claim on the throttle is
	 * released. Called when the sign-in is done, or when a second factor comes next (that
	 * step has a throttle of its own).
	 */
	static void passwordWasRight(LoginThrottle throttle, HttpServletRequest request) {
		if (request.getAttribute(ATTEMPT) instanceof LoginThrottle.Attempt attempt) {
			throttle.succeeded(attempt);
		}
	}

	/**
	 * The password was right: the attempt succeeded (a second factor would come before
	 * this), the browser is remembered as a known device of the account, and a one-time
	 * password leads to the password page; then the saved page, or the member's own desk.
	 */
	static final class Success extends SavedRequestAwareAuthenticationSuccessHandler {

		private final LoginThrottle throttle;

		private final DeviceCookies devices;

		Success(LoginThrottle throttle, DeviceCookies devices, RequestCache requests) {
			this.throttle = throttle;
			this.devices = devices;
			setRequestCache(requests);
		}

		@Override
		public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
				Authentication authentication) throws ServletException, IOException {
			passwordWasRight(throttle, request);
			devices.remember(request, response, authentication.getName());
			if (authentication.getPrincipal() instanceof StaffPrincipal principal && principal.mustChangePassword()) {
				getRedirectStrategy().sendRedirect(request, response, PASSWORD_PAGE);
				return;
			}
			super.onAuthenticationSuccess(request, response, authentication);
		}

		/** Without a saved page, the member's own desk ({@link StaffDesk#home}). */
		@Override
		protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
				Authentication authentication) {
			if (authentication.getPrincipal() instanceof StaffPrincipal principal) {
				return StaffDesk.home(principal.member());
			}
			return super.determineTargetUrl(request, response, authentication);
		}

	}

	/**
	 * Until a one-time password is replaced, every staff page leads to the password page.
	 */
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
