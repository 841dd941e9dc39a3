package app.khabar.backup;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * {@code POST /actuator/backup} carries its own proof, the key of
 * {@code secrets/backup.key}, which {@link BackupEndpoint} checks; it comes from the
 * {@code backup} command, not from a browser, so it has no session and no CSRF token. The
 * actuator answers on the loopback management port only (the site's port has no actuator
 * endpoint).
 */
@Configuration(proxyBeanMethods = false)
class BackupSecurityConfiguration {

	@Bean
	@Order(5)
	SecurityFilterChain backupEndpointSecurity(HttpSecurity http,
			@Value("${management.endpoints.web.base-path:/actuator}") String basePath) {
		String path = basePath + "/backup";
		return http.securityMatcher(request -> path.equals(request.getRequestURI()))
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.build();
	}

}
