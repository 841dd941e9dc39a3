package app.khabar.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.view.UrlBasedViewResolver;

/**
 * A controller's {@code redirect:} answers 303 See Other, the status that tells the
 * browser to GET the page a form post leads to (post/redirect/get), instead of HTTP/1.0's
 * 302 that Spring sends by default.
 */
@Component
class RedirectAfterPost implements BeanPostProcessor {

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof UrlBasedViewResolver resolver) {
			resolver.setRedirectHttp10Compatible(false);
		}
		return bean;
	}

}
