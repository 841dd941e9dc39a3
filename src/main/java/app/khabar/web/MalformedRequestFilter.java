package app.khabar.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before any other filter parses it, a request whose path (with its
 * {@code ;matrix} parameters), query string or form body is not strictly %-encoded UTF-8
 * (a malformed or cut-off escape, an overlong or otherwise invalid UTF-8 sequence), or
 * whose Accept header is no list of media types. The Persian 400 page is written from
 * here, without a forward to {@code /error}, where Spring's own path parsing would throw
 * on the same URI again; {@link MalformedRequestLog} counts the refusal. It runs first,
 * before {@link HotPages} and the security chain.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
final class MalformedRequestFilter extends OncePerRequestFilter {

	private static final List<String> WITH_BODY = List.of("POST", "PUT", "PATCH", "DELETE");

	private final ErrorPages errors;

	MalformedRequestFilter(ErrorPages errors) {
		this.errors = errors;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		int status = isStrictUtf8(request.getRequestURI()) && isStrictUtf8(request.getQueryString())
				&& parses(request.getHeader(HttpHeaders.ACCEPT)) ? formBodyStatus(request) : 400;
		if (status == 200) {
			chain.doFilter(request, response);
			return;
		}
		errors.malformed().refused(request);
		ResponseEntity<byte[]> answer = errors.respond(request, ErrorPages.Failure.of(status));
		response.setStatus(answer.getStatusCode().value());
		answer.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
		byte[] body = answer.getBody();
		if (body != null) {
			response.setContentLength(body.length);
			response.getOutputStream().write(body);
		}
	}

	/**
	 * An Accept header that is no list of media types (Spring would warn about it on
	 * every request).
	 */
	private static boolean parses(@Nullable String accept) {
		try {
			MediaType.parseMediaTypes(accept);
			return true;
		}
		catch (InvalidMediaTypeException malformed) {
			return false;
		}
	}

	/**
	 * Tomcat decodes form parameters strictly but only when first asked for them, often
	 * deep in a filter or a controller; asking here makes a bad body a 400 before
	 * anything else ran.
	 */
	private static int formBodyStatus(HttpServletRequest request) {
		String type = request.getContentType();
		if (type == null || !WITH_BODY.contains(request.getMethod())
				|| !type.toLowerCase(Locale.ROOT).startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)) {
			return 200;
		}
		try {
			request.getParameterMap();
			return 200;
		}
		catch (RuntimeException ex) {
			int status = ErrorPages.clientErrorInside(ex);
			if (status >= 500) {
				throw ex;
			}
			return status;
		}
	}

	/**
	 * Whether a raw (still %-encoded) URI part decodes to valid UTF-8; a fast pass for
	 * plain ASCII.
	 */
	static boolean isStrictUtf8(@Nullable String raw) {
		if (raw == null) {
			return true;
		}
		byte[] bytes = new byte[raw.length()];
		int length = 0;
		boolean ascii = true;
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			int value = c;
			if (c == '%') {
				if (i + 2 >= raw.length() || !HexFormat.isHexDigit(raw.charAt(i + 1))
						|| !HexFormat.isHexDigit(raw.charAt(i + 2))) {
					return false;
				}
				value = HexFormat.fromHexDigits(raw, i + 1, i + 3);
				i += 2;
			}
			if (value > 0x7F) {
				ascii = false;
			}
			bytes[length++] = (byte) value;
		}
		if (ascii) {
			return true;
		}
		try {
			StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, 0, length));
			return true;
		}
		catch (CharacterCodingException invalid) {
			return false;
		}
	}

}
