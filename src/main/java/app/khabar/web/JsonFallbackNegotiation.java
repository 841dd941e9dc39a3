package app.khabar.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.ContentNegotiationStrategy;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Content negotiation never refuses an answer after the work is done: Spring picks the
 * body's media type only when the handler returns, so a comment posted with
 * {@code Accept: text/html} used to be stored, its captcha spent, and then answered 406.
 * When the Accept header names nothing JSON, JSON is added as the last choice, so a body
 * that can be nothing else (the API's answers, autosave, uploads, moderation decisions)
 * goes out as JSON, as RFC 9110 allows, while everything the header asked for and the
 * body can be still wins. Pages set their own content type and are not negotiated;
 * {@code /api/**} errors are JSON already ({@link ErrorPages}).
 */
@Configuration(proxyBeanMethods = false)
class JsonFallbackNegotiation implements WebMvcConfigurer {

	private static final MediaType LAST_RESORT = new MediaType(MediaType.APPLICATION_JSON, Map.of("q", "0.001"));

	@Override
	public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
		configurer.strategies(List.of(new JsonLast(new HeaderContentNegotiationStrategy())));
	}

	private record JsonLast(ContentNegotiationStrategy header) implements ContentNegotiationStrategy {

		@Override
		public List<MediaType> resolveMediaTypes(NativeWebRequest request) throws HttpMediaTypeNotAcceptableException {
			List<MediaType> accepted = header.resolveMediaTypes(request);
			if (accepted.equals(MEDIA_TYPE_ALL_LIST)
					|| accepted.stream().anyMatch(type -> type.isCompatibleWith(MediaType.APPLICATION_JSON))) {
				return accepted;
			}
			List<MediaType> withJson = new ArrayList<>(accepted);
			withJson.add(LAST_RESORT);
			return withJson;
		}

	}

}
