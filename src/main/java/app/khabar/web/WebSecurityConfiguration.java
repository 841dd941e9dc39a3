package app.khabar.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * The shell's part of Spring Security: public pages are open to everyone (the last chain, so the account module's
 * chains for {@code /newsroom/**}, {@code /moderation/**} and login come first), and requests the firewall refuses
 * (encoded slashes, {@code ..}, null bytes) are a 400 with the Persian error page instead of a 500. Spring
 * Security's own observations are off: they wrap every filter of every request (a fifth of a guest post's CPU) and
 * the HTTP server observation already times each request.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class WebSecurityConfiguration {

	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	SecurityFilterChain publicPages(HttpSecurity http) {
		return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll()).build();
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
