package app.khabar.account;

import java.util.Arrays;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.HandlerExceptionResolver;

import app.khabar.web.ClientIdentity;

/**
 * Who on the staff may open what, the chain between the web shell's guest chain (order
 * 10) and its public chain (last): {@code /newsroom/**} for editors, reporters and
 * admins, {@code /moderation/**} for moderators and admins, {@code /admin/**} for admins,
 * {@code /account/**} for any staff member; form login at {@code /login}, token CSRF on
 * every form (staff pages get Spring Security's no-store headers: never cached; no
 * session before sign-in), sign-ins guarded and throttled ({@link LoginFilters.Gate}),
 * one-time passwords replaced first, then a second factor ({@link SecondFactorStep}:
 * {@code /login/code}) for members with two-factor on, and enrolment first for members of
 * a role that requires it.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final String[] STAFF_PATHS = { "/newsroom/**", "/moderation/**", "/admin/**", "/account/**",
			LoginFilters.LOGIN, SecondFactorStep.CODE_PAGE, "/logout" };

	private static final RequestMatcher STAFF_PAGES = new OrRequestMatcher(Arrays.stream(STAFF_PATHS)
		.map(path -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(path))
		.toList());

	/** Whether the staff chain guards this request. */
	static boolean staffPage(HttpServletRequest request) {
		return STAFF_PAGES.matches(request);
	}

	@Bean
	@Order(20)
	SecurityFilterChain staffPages(HttpSecurity http, LoginThrottle throttle, DeviceCookies devices,
			ClientIdentity clients, AccountSettings settings, CurrentStaff staff, SecurityContextRepository contexts,
			SecondFactorStep secondFactor, LoginFailures failures,
			@Qualifier("handlerExceptionResolver") HandlerExceptionResolver errors) {
		// no session for anonymous visitors: sessions are database rows (the saved
		// request is a cookie too)
		var savedRequests = new SavedPageCookie();
		var rate = new LoginRate(settings.loginRate(), settings.loginBurst(), System::nanoTime);
		var signedIn = new LoginFilters.Success(throttle, devices, savedRequests);
		return http.securityMatcher(STAFF_PATHS)
			.authorizeHttpRequests(requests -> requests.requestMatchers("/newsroom/**")
				.hasAnyRole(Role.EDITOR.name(), Role.REPORTER.name(), Role.ADMIN.name())
				.requestMatchers("/moderation/**")
				.hasAnyRole(Role.MODERATOR.name(), Role.ADMIN.name())
				.requestMatchers("/admin/**")
				.hasRole(Role.ADMIN.name())
				.requestMatchers(LoginFilters.LOGIN)
				.permitAll()
				.anyRequest()
				.authenticated())
			.securityContext(context -> context.securityContextRepository(contexts))
			.csrf(csrf -> csrf.csrfTokenRepository(new SessionOrCookieCsrfTokens()))
			.requestCache(cache -> cache.requestCache(savedRequests))
			.formLogin(login -> login.loginPage(LoginFilters.LOGIN)
				.successHandler(secondFactor.afterPassword(signedIn))
				.failureHandler(new LoginFilters.Failure(failures)))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl(LoginFilters.LOGIN + "?logout"))
			.addFilterBefore(new LoginFilters.Gate(throttle, devices, clients, rate, errors, failures),
					UsernamePasswordAuthenticationFilter.class)
			.addFilterBefore(new LoginFilters.MustChangePassword(staff), AuthorizationFilter.class)
			.addFilterBefore(secondFactor.codeCheck(signedIn), UsernamePasswordAuthenticationFilter.class)
			.addFilterBefore(secondFactor.gate(), AuthorizationFilter.class)
			.build();
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

	/**
	 * Argon2id with OWASP's recommended cost (19 MiB, 2 iterations, 1 lane), behind an
	 * {@code {argon2}} prefix so the parameters or the algorithm can change later without
	 * invalidating stored hashes; hashed on a pool of its own.
	 */
	@Bean
	PooledPasswordEncoder passwordEncoder(AccountSettings settings) {
		var argon2 = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
		return new PooledPasswordEncoder(new DelegatingPasswordEncoder("argon2", Map.of("argon2", argon2)),
				settings.hashingThreads(), settings.hashingQueue());
	}

}
