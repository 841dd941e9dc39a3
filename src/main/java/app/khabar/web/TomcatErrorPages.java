package app.khabar.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.Container;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Requests that Tomcat refuses before any servlet sees them (a space or {@code <} in the
 * request line, an invalid %-escape, a path above the root, headers over the size limit)
 * get the Persian error page too, instead of Tomcat's English one: the host's error
 * report valve is replaced by one that renders {@code error/page}, with the
 * {@link SecurityHeaders} that no filter wrote. Tomcat answers CONNECT with 501; a method
 * refused is a 405 here.
 */
@Component
class TomcatErrorPages implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

	private final ObjectProvider<ErrorPages> errors;

	private final ObjectProvider<SecurityHeaders> headers;

	TomcatErrorPages(ObjectProvider<ErrorPages> errors, ObjectProvider<SecurityHeaders> headers) {
		this.errors = errors;
		this.headers = headers;
	}

	@Override
	public void customize(ConfigurableTomcatWebServerFactory factory) {
		factory.addContextCustomizers(context -> {
			Container host = context.getParent();
			Pipeline pipeline = host.getPipeline();
			for (Valve valve : pipeline.getValves()) {
				if (valve instanceof ErrorReportValve) {
					pipeline.removeValve(valve);
				}
			}
			pipeline.addValve(new PersianErrorReportValve(errors, headers));
			if (host instanceof StandardHost standardHost) {
				// or the host adds Tomcat's own valve again when it starts
				standardHost.setErrorReportValveClass(PersianErrorReportValve.class.getName());
			}
		});
	}

	/** After Boot's own Tomcat customizer, which adds a plain error report valve. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	static final class PersianErrorReportValve extends ErrorReportValve {

		private static final Logger log = LoggerFactory.getLogger(PersianErrorReportValve.class);

		private final ObjectProvider<ErrorPages> errors;

		private final ObjectProvider<SecurityHeaders> headers;

		PersianErrorReportValve(ObjectProvider<ErrorPages> errors, ObjectProvider<SecurityHeaders> headers) {
			this.errors = errors;
			this.headers = headers;
			setShowReport(false);
			setShowServerInfo(false);
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			if (status == 501) {
				status = 405;
				response.setStatus(status);
				response.setHeader("Allow", "GET, HEAD, POST, PUT, DELETE, OPTIONS");
			}
			ErrorPages pages = errors.getIfAvailable();
			if (pages == null) {
				return;
			}
			if (status == 400) {
				pages.malformed().refused(request);
			}
			try {
				String html = new String(pages.htmlFor(status), StandardCharsets.UTF_8);
				response.setContentType("text/html");
				response.setCharacterEncoding("UTF-8");
				response.setHeader("Cache-Control", "no-store");
				headers.ifAvailable(security -> security.writeTo(response));
				Writer writer = response.getReporter();
				if (writer != null) {
					writer.write(html);
					response.finishResponse();
				}
			}
			catch (IOException | IllegalStateException ex) {
				log.debug("Could not write the error page for status {}", status, ex);
			}
		}

	}

}
