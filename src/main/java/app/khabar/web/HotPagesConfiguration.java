package app.khabar.web;

import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts {@link HotPages} in Tomcat's pipeline in front of every servlet filter, when the
 * page cache is on: Boot's HTTP observation filter then times only what it lets through
 * (timing an answer served from memory cost as much CPU as serving it), and those answers
 * are counted by {@code khabar.pages.hot.served} instead.
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
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> hotPagesValve(HotPages hotPages, WebSettings settings) {
		return factory -> {
			if (settings.pageCache().enabled()) {
				factory.addContextValves(hotPages);
			}
		};
	}

}
