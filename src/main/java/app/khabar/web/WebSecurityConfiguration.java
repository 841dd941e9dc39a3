package app.khabar.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Spring Security for readers, and the frame the staff chains fit in. Chains are tried in
 * order:
 * <ol>
 * <li>order 10: the {@link GuestEndpoints} the modules declare, open to everyone, no CSRF
 * token (they are posted from cached pages) but a same-origin check
 * ({@link SameOriginFilter}), no session;</li>
 * <li>order 20: the account module's staff chain ({@code /newsroom/**},
 * {@code /moderation/**}, {@code /admin/**}, {@code /account/**}, login);</li>
 * <li>last: public pages and {@code /api/v1/**} reads: open to everyone.</li>
 * </ol>
 * Every chain sends the {@link SecurityHeaders}. Requests the firewall refuses (encoded
 * slashes, {@code ..}, null bytes) are a 400 with the Persian error page instead of a
 * 500. Spring Security's own observations are off: they wrap every filter of every
 * request (a fifth of a guest post's CPU) and the HTTP server observation already times
 * each request.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class WebSecurityConfiguration {

	@Bean
	@Order(10)
	SecurityFilterChain guestEndpoints(HttpSecurity http, ObjectProvider<GuestEndpoints> endpoints,
			@Value("${khabar.web.base-url:}") String baseUrl,
			@Qualifier("handlerExceptionResolver") HandlerExceptionResolver errors, MessageSource messages) {
		var declared = endpoints.orderedStream().map(GuestEndpoints::matcher).toList();
		// a context with no module that declares any (a web slice test) has no guest
		// endpoint
		RequestMatcher guest = declared.isEmpty() ? request -> false : new OrRequestMatcher(declared);
		return http.securityMatcher(guest)
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.addFilterBefore(new SameOriginFilter(baseUrl, errors, messages), CsrfFilter.class)
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.requestCache(cache -> cache.disable())
			.build();
	}

	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	SecurityFilterChain publicPages(HttpSecurity http) {
		return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll()).build();
	}

	/**
	 * The same security headers on every chain, the account module's staff chain
	 * included.
	 */
	@Bean
	SecurityHeaders securityHeaders(ObjectProvider<FrameSources> frameSources,
			ObjectProvider<ImageSources> imageSources) {
		return new SecurityHeaders(frameSources.orderedStream().toList(), imageSources.orderedStream().toList());
	}

	@Bean
	static SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	RequestRejectedHandler requestRejectedHandler() {
		return new HttpStatusRequestRejectedHandler();
	}

}
