package app.khabar.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.util.DisconnectedClientHelper;

import org.apache.tomcat.util.http.InvalidParameterException;

import app.khabar.shared.DatabaseOutageLog;
import app.khabar.shared.DatabaseUnavailable;
import app.khabar.shared.KhabarException;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns every failure into a Persian page (or JSON for {@code /api/**} and JSON clients)
 * with the right status: a {@link KhabarException} by its
 * {@link app.khabar.shared.ErrorKind} and message key, Spring MVC's own failures (bad
 * ids, missing parameters, unreadable bodies, wrong method or media type, too large
 * uploads) as 4xx, a lost or unobtainable database connection
 * ({@link DatabaseUnavailable}) as 503 with a {@code Retry-After} (logged once per outage
 * by {@link DatabaseOutageLog}), anything else as 500 with an incident id that is logged
 * with the stack trace (a 400 only counts in {@link MalformedRequestLog}). Module advices
 * and controller handlers run first.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ErrorPages {

	static final String TEMPLATE = "error/page";

	private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

	private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

	/**
	 * Statuses with their own title and message in web.properties; others use the generic
	 * ones.
	 */
	static final List<Integer> KNOWN = List.of(400, 403, 404, 405, 406, 409, 410, 413, 414, 415, 422, 429, 431, 500,
			503);

	/**
	 * What a 503 for an unavailable database asks clients to wait before trying again.
	 */
	static final Duration RETRY_AFTER = Duration.ofSeconds(5);

	private final PageRenderer renderer;

	private final MessageSource messages;

	private final JsonMapper json;

	private final MalformedRequestLog malformed = new MalformedRequestLog();

	private final DatabaseOutageLog outage = new DatabaseOutageLog("answering 503", "request(s) answered 503");

	ErrorPages(PageRenderer renderer, MessageSource messages, JsonMapper json) {
		this.renderer = renderer;
		this.messages = messages;
		this.json = json;
	}

	/**
	 * Where every 400 is counted: the shell's, {@link MalformedRequestFilter}'s and
	 * Tomcat's own.
	 */
	MalformedRequestLog malformed() {
		return malformed;
	}

	@ExceptionHandler(Exception.class)
	@Nullable ResponseEntity<byte[]> handle(Exception ex, HttpServletRequest request) {
		if (DisconnectedClientHelper.isClientDisconnectedException(ex)) {
			return null;
		}
		return respond(request, describe(ex, request));
	}

	/**
	 * A failure as the reader sees it: status, message, extra headers (Allow, Accept) and
	 * an incident id for 5xx.
	 */
	record Failure(int status, String messageKey, Object[] arguments, HttpHeaders headers, @Nullable String incident) {

		static Failure of(int status) {
			return new Failure(status, defaultMessageKey(status), new Object[0], HttpHeaders.EMPTY,
					status >= 500 ? newIncident() : null);
		}

	}

	Failure describe(Throwable ex, HttpServletRequest request) {
		if (ex instanceof KhabarException khabar) {
			log.debug("{}: {}", khabar.code(), khabar.getMessage());
			return new Failure(khabar.code().kind().httpStatus(), khabar.code().messageKey(),
					khabar.arguments().toArray(), HttpHeaders.EMPTY, null);
		}
		if (DatabaseUnavailable.isCause(ex)) {
			outage.failed(ex);
			return databaseUnavailable();
		}
		int status = switch (ex) {
			case ErrorResponse response -> response.getStatusCode().value();
			case TypeMismatchException mismatch -> 400;
			case HttpMessageNotReadableException unreadable -> 400;
			case BindException binding -> 400;
			// a multipart body without a boundary, a truncated upload
			case MultipartException multipart -> 400;
			// Spring Security's firewall checks parameter names only when someone first
			// reads them, which may be inside the chain (a control character in a name)
			case RequestRejectedException rejected -> 400;
			default -> clientErrorInside(ex);
		};
		if (status >= 500) {
			Failure failure = Failure.of(status);
			log.error("Incident {}: {}", failure.incident(), ex.toString(), ex);
			return failure;
		}
		log.debug("{} for {}", status, ex.toString());
		if (status == 400) {
			malformed.refused(request);
		}
		HttpHeaders headers = ex instanceof ErrorResponse response ? response.getHeaders() : HttpHeaders.EMPTY;
		return new Failure(status, defaultMessageKey(status), new Object[0], headers, null);
	}

	/**
	 * The database is down or unreachable: 503 with its own Persian message and a
	 * {@code Retry-After}, no incident (nothing to investigate in Khabar), so a proxy may
	 * serve a stale copy meanwhile and a client knows when to try again.
	 */
	static Failure databaseUnavailable() {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_AFTER.toSeconds()));
		return new Failure(503, "error.database-unavailable", new Object[0], headers, null);
	}

	/**
	 * Tomcat refuses some requests only when a filter first reads the parameters (Spring
	 * Security's CSRF check on a POST): malformed %-escapes, too many parameters. It says
	 * which status it meant.
	 */
	static int clientErrorInside(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof InvalidParameterException invalid) {
				int status = invalid.getErrorCode();
				return status >= 400 && status < 500 ? status : 400;
			}
		}
		return 500;
	}

	/**
	 * The Persian error page for a status, for Tomcat's own refusals (see
	 * {@link TomcatErrorPages}).
	 */
	byte[] htmlFor(int status) {
		return html(status, text(titleKey(status)), text(defaultMessageKey(status)), null);
	}

	ResponseEntity<byte[]> respond(HttpServletRequest request, Failure failure) {
		int status = failure.status();
		String title = text(titleKey(status));
		String message = text(failure.messageKey(), failure.arguments());
		if (failure.incident() != null) {
			message = message + " " + text("error.incident", failure.incident());
		}
		ResponseEntity.BodyBuilder builder = ResponseEntity.status(status)
			.headers(failure.headers())
			.cacheControl(CacheControl.noStore());
		if (wantsJson(request)) {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("status", status);
			body.put("code", failure.messageKey());
			body.put("message", message);
			if (failure.incident() != null) {
				body.put("incident", failure.incident());
			}
			return builder.contentType(MediaType.APPLICATION_JSON).body(json.writeValueAsBytes(body));
		}
		return builder.contentType(HTML).body(html(status, title, message, failure.incident()));
	}

	private byte[] html(int status, String title, String message, @Nullable String incident) {
		Map<String, Object> params = new HashMap<>();
		params.put("status", status);
		params.put("title", title);
		params.put("message", message);
		params.put("incident", incident);
		try {
			return renderer.render(TEMPLATE, params);
		}
		catch (RuntimeException ex) {
			// The error page itself failed: still answer in Persian, without the layout
			log.error("Error page failed for status {}", status, ex);
			return ("<!doctype html><html lang=\"fa\" dir=\"rtl\"><meta charset=\"utf-8\"><title>" + title
					+ "</title><h1>" + title + "</h1>")
				.getBytes(StandardCharsets.UTF_8);
		}
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, "??" + key + "??", Ui.LOCALE);
	}

	static boolean wantsJson(HttpServletRequest request) {
		String path = request.getRequestURI();
		if (path != null && path.startsWith("/api/")) {
			return true;
		}
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		if (accept == null) {
			return false;
		}
		String lower = accept.toLowerCase(Locale.ROOT);
		return (lower.contains("application/json") || lower.contains("+json")) && !lower.contains("text/html");
	}

	static String titleKey(int status) {
		return KNOWN.contains(status) ? "error." + status + ".title"
				: status >= 500 ? "error.5xx.title" : "error.4xx.title";
	}

	static String defaultMessageKey(int status) {
		return KNOWN.contains(status) ? "error." + status + ".message"
				: status >= 500 ? "error.5xx.message" : "error.4xx.message";
	}

	private static String newIncident() {
		return Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36 * 36 * 36 * 36), 36)
			.toUpperCase(Locale.ROOT);
	}

	static HttpStatus statusOrNotFound(@Nullable Object code) {
		if (code instanceof Integer value) {
			HttpStatus status = HttpStatus.resolve(value);
			if (status != null && status.isError()) {
				return status;
			}
		}
		return HttpStatus.NOT_FOUND;
	}

}
