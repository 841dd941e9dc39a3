package app.khabar.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.http.MediaType;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * The answers the read API's endpoints share besides their 200, for the OpenAPI document
 * (springdoc reads these meta-annotations, nested too): a 304 to a revalidation, and the
 * refusals, each with the JSON error body.
 */
final class ReadApiAnswers {

	private ReadApiAnswers() {
	}

	/** A cached answer without parameters to refuse. */
	@Target({ ElementType.METHOD, ElementType.ANNOTATION_TYPE })
	@Retention(RetentionPolicy.RUNTIME)
	@ApiResponse(responseCode = "304", description = "api.response.not-modified", content = @Content)
	@interface Cached {

	}

	/** A cached list whose query parameters may be refused. */
	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Cached
	@ApiResponse(responseCode = "400", description = "api.response.bad-request",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = ReadApiJson.ErrorBody.class)))
	@interface Filtered {

	}

	/** A cached answer about one article, by its id. */
	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Cached
	@ApiResponse(responseCode = "400", description = "api.response.bad-id",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = ReadApiJson.ErrorBody.class)))
	@ApiResponse(responseCode = "404", description = "api.response.no-article",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = ReadApiJson.ErrorBody.class)))
	@ApiResponse(responseCode = "410", description = "api.response.retracted",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = ReadApiJson.ErrorBody.class)))
	@interface OneArticle {

	}

}
