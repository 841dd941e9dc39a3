package app.khabar.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * The shell's part of Spring Security: public pages are open to everyone (the last chain, so the account module's
 * chains for {@code /newsroom/**}, {@code /moderation/**} and login come first), and requests the firewall refuses
 * (encoded slashes, {@code ..}, null bytes) are a 400 with the Persian error page instead of a 500.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurityConfiguration {

	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	SecurityFilterChain publicPages(HttpSecurity http) {
		return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll()).build();
	}

	@Bean
	RequestRejectedHandler requestRejectedHandler() {
		return new HttpStatusRequestRejectedHandler();
	}

}
