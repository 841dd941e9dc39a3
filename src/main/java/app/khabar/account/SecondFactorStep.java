package app.khabar.account;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.AbstractAuthenticationProcessingFilter;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The second step of a staff sign-in, after the password, in the staff chain:
 * <ul>
 * <li>{@link #afterPassword}: a member with two-factor on gets a {@link PendingSignIn}
 * instead of their staff authority and is sent to the code page;</li>
 * <li>{@link #codeCheck}: {@code POST /login/code} checks the code (throttled, never the
 * same one twice) and only then signs the member in, with a new session id, ending as a
 * password-only sign-in would;</li>
 * <li>{@link #gate}: a pending sign-in reaches only the code page (and logout), and a
 * member of a role that requires two-factor without it only the enrolment page (and the
 * password page, which a one-time password comes to first).</li>
 * </ul>
 * Spring Security 7's multi-factor support was weighed: it brings the factor authorities
 * (used here) and authorization rules over them, but no TOTP step, and it grants the
 * roles already after the password, where {@link CurrentStaff} would see a staff member;
 * a pending token of our own keeps the roles away until the code.
 */
@Component
class SecondFactorStep {

	static final String CODE_PAGE = "/login/code";

	static final String ENROL_PAGE = "/account/two-factor";

	/** What Spring Security calls the factor this step adds. */
	static final String TOTP_FACTOR = "FACTOR_TOTP";

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	private final TwoFactor twoFactor;

	private final Accounts accounts;

	private final TwoFactorSettings settings;

	private final SecurityContextRepository contexts;

	private final Clock clock;

	private final LoginThrottle throttle;

	private final LoginFailures failures;

	SecondFactorStep(TwoFactor twoFactor, Accounts accounts, TwoFactorSettings settings,
			SecurityContextRepository contexts, Clock clock, LoginThrottle throttle, LoginFailures failures) {
		this.throttle = throttle;
		this.failures = failures;
		this.twoFactor = twoFactor;
		this.accounts = accounts;
		this.settings = settings;
		this.contexts = contexts;
		this.clock = clock;
	}

	/**
	 * The form login's success handler: {@code signedIn} when no code is needed, else the
	 * code page.
	 */
	AuthenticationSuccessHandler afterPassword(AuthenticationSuccessHandler signedIn) {
		return (request, response, authentication) -> {
			if (authentication.getPrincipal() instanceof StaffPrincipal principal
					&& twoFactor.enabled(principal.member().id())) {
				var member = principal.member();
				LoginFilters.passwordWasRight(throttle, request);
				// replaces the full context the login filter has just stored, in the
				// session whose id it has just changed
				save(new PendingSignIn(member.id(), member.username(), clock.instant()), request, response);
				response.sendRedirect(request.getContextPath() + CODE_PAGE);
				return;
			}
			signedIn.onAuthenticationSuccess(request, response, authentication);
		};
	}

	/**
	 * Processes {@code POST /login/code}; ends with {@code signedIn}, as a sign-in
	 * without a code does.
	 */
	Filter codeCheck(AuthenticationSuccessHandler signedIn) {
		var filter = new CodeCheck();
		filter.setAuthenticationSuccessHandler(signedIn);
		filter.setAuthenticationFailureHandler((request, response, failure) -> {
			String target;
			if (failure instanceof LockedException) {
				failures.backedOff();
				target = CODE_PAGE + "?locked";
			}
			else if (failure instanceof BadCredentialsException) {
				failures.wrongCode();
				target = CODE_PAGE + "?error";
			}
			else {
				// expired, disabled meanwhile, or no pending sign-in: start again with
				// the password
				contexts.saveContext(holder.createEmptyContext(), request, response);
				target = LoginFilters.LOGIN + (failure instanceof DisabledException ? "?error" : "");
			}
			response.sendRedirect(request.getContextPath() + target);
		});
		filter.setSecurityContextRepository(contexts);
		filter.setSessionAuthenticationStrategy(new ChangeSessionIdAuthenticationStrategy());
		return filter;
	}

	Filter gate() {
		return new Gate();
	}

	private void save(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
		var context = holder.createEmptyContext();
		context.setAuthentication(authentication);
		holder.setContext(context);
		contexts.saveContext(context, request, response);
	}

	private final class CodeCheck extends AbstractAuthenticationProcessingFilter {

		CodeCheck() {
			super(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, CODE_PAGE));
		}

		@Override
		public Authentication attemptAuthentication(HttpServletRequest request, HttpServletResponse response) {
			if (!(holder.getContext().getAuthentication() instanceof PendingSignIn pending)
					|| pending.expired(clock.instant(), settings.pendingTimeout())) {
				throw new InsufficientAuthenticationException("no sign-in waits for a code");
			}
			var code = request.getParameter("code");
			switch (twoFactor.check(pending.account(), pending.username(), code == null ? "" : code)) {
				case THROTTLED -> throw new LockedException("too many wrong codes");
				case WRONG -> throw new BadCredentialsException("wrong code");
				case ACCEPTED, RECOVERY_CODE -> {
				}
			}
			var account = accounts.findById(pending.account())
				.filter(Account::enabled)
				.orElseThrow(() -> new DisabledException("account disabled during the sign-in"));
			var principal = new StaffPrincipal(account);
			principal.eraseCredentials();
			var authorities = new ArrayList<GrantedAuthority>(principal.getAuthorities());
			authorities.addAll(pending.getAuthorities());
			authorities.add(FactorGrantedAuthority.fromAuthority(TOTP_FACTOR));
			return UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
		}

	}

	private final class Gate extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			var authentication = holder.getContext().getAuthentication();
			var path = request.getRequestURI().substring(request.getContextPath().length());
			String elsewhere = null;
			if (authentication instanceof PendingSignIn) {
				if (!path.equals(CODE_PAGE) && !path.equals(LoginFilters.LOGIN) && !path.equals("/logout")) {
					elsewhere = CODE_PAGE;
				}
			}
			else if (path.equals(CODE_PAGE)) {
				// nothing waits for a code: the login page signs in, or sends a signed-in
				// member home
				elsewhere = LoginFilters.LOGIN;
			}
			else if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal principal
					&& !mayWhileEnrolling(path) && twoFactor.mustEnrol(principal.member())) {
				elsewhere = ENROL_PAGE;
			}
			if (elsewhere != null) {
				response.sendRedirect(request.getContextPath() + elsewhere);
				return;
			}
			chain.doFilter(request, response);
		}

		private static boolean mayWhileEnrolling(String path) {
			return path.equals(ENROL_PAGE) || path.startsWith(ENROL_PAGE + "/")
					|| path.equals(LoginFilters.PASSWORD_PAGE) || path.equals("/logout");
		}

	}

}
