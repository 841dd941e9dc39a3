package app.khabar.api;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import app.khabar.article.ArticleCatalog;
import app.khabar.article.Section;
import app.khabar.api.ReadApiJson.SectionJson;
import app.khabar.api.ReadApiJson.SectionList;
import app.khabar.web.CachedPages;
import app.khabar.web.SiteAddress;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/v1/sections}: the site's sections in the order it lists them, versioned by
 * their content (sections are only ever added).
 */
@RestController
@Tag(name = "sections", description = "api.tag.sections")
class SectionsApiController {

	private final ArticleCatalog catalog;

	private final CachedPages pages;

	private final JsonMapper json;

	private final SiteAddress site;

	SectionsApiController(ArticleCatalog catalog, CachedPages pages, JsonMapper json, SiteAddress site) {
		this.site = site;
		this.catalog = catalog;
		this.pages = pages;
		this.json = json;
	}

	@GetMapping("/api/v1/sections")
	@Operation(summary = "api.sections.summary")
	@ApiResponse(responseCode = "200", description = "api.response.ok",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = SectionList.class)))
	@ReadApiAnswers.Cached
	ResponseEntity<byte[]> sections(HttpServletRequest request) {
		List<Section> sections = catalog.sections();
		return pages.respond(request, ReadApiCacheKeys.SECTIONS,
				ReadApiCacheKeys.FORMAT + sections.size() + "." + Integer.toHexString(sections.hashCode()),
				MediaType.APPLICATION_JSON, () -> json.writeValueAsBytes(
						new SectionList(sections.stream().map(section -> SectionJson.of(section, site)).toList())));
	}

}
