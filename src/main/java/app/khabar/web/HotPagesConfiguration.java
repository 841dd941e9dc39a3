package app.khabar.web;

import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.server.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.observation.ServerRequestObservationConvention;
import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * Puts {@link HotPages} in front of every other filter but the character encoding and
 * {@link MalformedRequestFilter}, when the page cache is on; Boot's HTTP observation
 * filter comes after it.
 */
@Configuration(proxyBeanMethods = false)
class HotPagesConfiguration {

	@Bean
	HotPages hotPages(WebSettings settings, List<ServedPages> listeners, SiteAddress site,
			ObjectProvider<MeterRegistry> meters) {
		Counter served = Counter.builder("khabar.pages.hot.served")
			.description("Answers served from memory by URL, before the application (not in http.server.requests)")
			.register(meters.getIfAvailable(SimpleMeterRegistry::new));
		return new HotPages(settings.pageCache(), listeners, site, served);
	}

	@Bean
	FilterRegistrationBean<HotPages> hotPagesFilter(HotPages hotPages, WebSettings settings) {
		var registration = new FilterRegistrationBean<>(hotPages);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		registration.setEnabled(settings.pageCache().enabled());
		return registration;
	}

	/**
	 * Boot's own HTTP observation filter (it backs off for this one), placed behind
	 * {@link HotPages} instead of in front of every filter: timing an answer served from
	 * memory cost as much CPU as serving it (the observation's key values, maps and timer
	 * look-up per request), so those answers are counted by
	 * {@code khabar.pages.hot.served} instead.
	 */
	@Bean
	FilterRegistrationBean<ServerHttpObservationFilter> webMvcObservationFilter(
			ObjectProvider<ObservationRegistry> registry, ObjectProvider<ServerRequestObservationConvention> convention,
			@Value("${management.observations.http.server.requests.name:http.server.requests}") String name) {
		var filter = new ServerHttpObservationFilter(registry.getIfAvailable(() -> ObservationRegistry.NOOP),
				convention.getIfAvailable(() -> new DefaultServerRequestObservationConvention(name)));
		var registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 25);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
		return registration;
	}

}
