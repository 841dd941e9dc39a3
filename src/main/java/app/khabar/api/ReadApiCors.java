package app.khabar.api;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Any web page may read the API (it serves what the site shows everyone, without
 * cookies): every GET and HEAD answer under {@code /api/v1} carries
 * {@code Access-Control-Allow-Origin: *} whether or not the request names an origin, so
 * one cached answer (ours in memory, a CDN's) suits every reader; a preflight of a GET is
 * answered here. Writes stay same-origin: a preflight of any other method gets no
 * permission, and the guest endpoints keep their own origin check. Spring's CORS support
 * writes the header only when a request has an Origin, which a shared cache would then
 * hand to the wrong reader.
 */
@Configuration(proxyBeanMethods = false)
class ReadApiCors {

	static final String PATHS = "/api/v1/*";

	private static final String ALLOWED_HEADERS = "Accept, Accept-Language, If-None-Match, Cache-Control";

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> readApiCorsFilter() {
		var registration = new FilterRegistrationBean<OncePerRequestFilter>(new CorsFilter());
		registration.addUrlPatterns(PATHS);
		// inside the hot path, so the answers it keeps carry the headers
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
		return registration;
	}

	static final class CorsFilter extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String method = request.getMethod();
			if (isRead(method)) {
				response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
				response.setHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, HttpHeaders.ETAG);
			}
			else if ("OPTIONS".equals(method) && request.getHeader(HttpHeaders.ORIGIN) != null
					&& isRead(request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD))) {
				response.setStatus(HttpServletResponse.SC_NO_CONTENT);
				response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
				response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, "GET, HEAD");
				response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, ALLOWED_HEADERS);
				response.setHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, Long.toString(Duration.ofDays(1).toSeconds()));
				return;
			}
			chain.doFilter(request, response);
		}

		private static boolean isRead(@Nullable String method) {
			return "GET".equals(method) || "HEAD".equals(method);
		}

	}

}
