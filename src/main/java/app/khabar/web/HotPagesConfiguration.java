package app.khabar.web;

import java.util.List;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Puts {@link HotPages} in front of every other filter but the character encoding, when
 * the page cache is on.
 */
@Configuration(proxyBeanMethods = false)
class HotPagesConfiguration {

	@Bean
	HotPages hotPages(WebSettings settings, List<ServedPages> listeners, SiteAddress site) {
		return new HotPages(settings.pageCache(), listeners, site);
	}

	@Bean
	FilterRegistrationBean<HotPages> hotPagesFilter(HotPages hotPages, WebSettings settings) {
		var registration = new FilterRegistrationBean<>(hotPages);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		registration.setEnabled(settings.pageCache().enabled());
		return registration;
	}

}
