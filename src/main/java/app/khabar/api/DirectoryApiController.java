package app.khabar.api;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import app.khabar.api.ReadApiJson.AuthorList;
import app.khabar.api.ReadApiJson.TagList;
import app.khabar.article.ArticleCatalog;
import app.khabar.article.AuthorDirectory;
import app.khabar.feed.FrontVersion;
import app.khabar.shared.PageRequest;
import app.khabar.web.CachedPages;
import app.khabar.web.SiteAddress;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/v1/tags} and {@code /api/v1/authors}: the tags of published articles (most
 * recently used first, one entry per folded key) and the authors who signed one, paged by
 * number. The page is read first and its content is the version (with the fronts'), so a
 * renamed author or a new tag use moves the ETag at once.
 */
@RestController
@Tag(name = "directory", description = "api.tag.directory")
class DirectoryApiController {

	private final ArticleCatalog catalog;

	private final AuthorDirectory authors;

	private final FrontVersion fronts;

	private final CachedPages pages;

	private final JsonMapper json;

	private final SiteAddress site;

	DirectoryApiController(ArticleCatalog catalog, AuthorDirectory authors, FrontVersion fronts, CachedPages pages,
			JsonMapper json, SiteAddress site) {
		this.site = site;
		this.catalog = catalog;
		this.authors = authors;
		this.fronts = fronts;
		this.pages = pages;
		this.json = json;
	}

	@GetMapping("/api/v1/tags")
	@Operation(summary = "api.tags.summary", description = "api.tags.description")
	@ApiResponse(responseCode = "200", description = "api.response.ok",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = TagList.class)))
	@ReadApiAnswers.Filtered
	ResponseEntity<byte[]> tags(@ParameterObject DirectoryPage page, HttpServletRequest request) {
		PageRequest asked = page.request();
		TagList list = TagList.of(catalog.tags(asked), site);
		return respond(request, "api:tags:" + asked.number() + ":" + asked.size(), list);
	}

	@GetMapping("/api/v1/authors")
	@Operation(summary = "api.authors.summary", description = "api.authors.description")
	@ApiResponse(responseCode = "200", description = "api.response.ok",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = AuthorList.class)))
	@ReadApiAnswers.Filtered
	ResponseEntity<byte[]> authors(@ParameterObject DirectoryPage page, HttpServletRequest request) {
		PageRequest asked = page.request();
		AuthorList list = AuthorList.of(authors.withPublishedArticles(asked), site);
		return respond(request, "api:authors:" + asked.number() + ":" + asked.size(), list);
	}

	/** The page of a directory the query asks for, parsed strictly. */
	record DirectoryPage(@Parameter(description = "api.param.page") @Nullable String page,
			@Parameter(description = "api.param.limit") @Nullable String limit) {

		PageRequest request() {
			return PageRequest.of(ApiParameters.page(page), ApiParameters.limit(limit));
		}

	}

	private ResponseEntity<byte[]> respond(HttpServletRequest request, String key, Record list) {
		String version = ReadApiCacheKeys.FORMAT + fronts.current() + "." + Integer.toHexString(list.hashCode());
		return pages.respond(request, key, version, MediaType.APPLICATION_JSON, () -> json.writeValueAsBytes(list));
	}

}
