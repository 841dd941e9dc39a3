package app.khabar.moderation.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import app.khabar.web.GuestEndpoints;

/** A reader's report of a comment, sent from the report form: open to guests. */
@Configuration(proxyBeanMethods = false)
class ReportGuestEndpoints {

	@Bean
	GuestEndpoints reportGuestRoutes() {
		return GuestEndpoints
			.of(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/comments/{id}/report"));
	}

}
