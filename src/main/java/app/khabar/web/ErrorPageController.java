package app.khabar.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Replaces Boot's {@code /error}: failures outside Spring MVC (filters, Spring Security's
 * firewall, Tomcat's {@code sendError}, unknown paths) are forwarded here and get the
 * same Persian page as {@link ErrorPages}.
 */
@Controller
class ErrorPageController implements ErrorController {

	private static final Logger log = LoggerFactory.getLogger(ErrorPageController.class);

	private final ErrorPages errors;

	ErrorPageController(ErrorPages errors) {
		this.errors = errors;
	}

	@RequestMapping("${server.error.path:/error}")
	ResponseEntity<byte[]> error(HttpServletRequest request) {
		Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		int status = ErrorPages.statusOrNotFound(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE)).value();
		ErrorPages.Failure failure;
		if (exception instanceof Exception ex) {
			failure = errors.describe(ex, request);
		}
		else {
			failure = ErrorPages.Failure.of(status);
			if (failure.incident() != null) {
				log.error("Incident {}: status {} for {} {}", failure.incident(), status,
						request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
						request.getAttribute(RequestDispatcher.ERROR_MESSAGE));
			}
		}
		return errors.respond(request, failure);
	}

}
