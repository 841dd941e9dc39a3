package app.khabar.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springdoc.core.utils.Constants;
import org.springdoc.webmvc.api.OpenApiWebMvcResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import app.khabar.web.CachedPages;
import app.khabar.web.PageMeta;
import app.khabar.web.PageRenderer;
import app.khabar.web.Ui;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/docs}: the OpenAPI document as a Persian page of our own, rendered on
 * the server from the same document springdoc serves at {@code /v3/api-docs}. Swagger UI
 * would need inline styles and {@code data:} images that the site's CSP forbids, several
 * megabytes of script and JavaScript to read at all; this page needs none.
 */
@Controller
class ApiDocsController {

	private final OpenApiWebMvcResource openApi;

	private final CachedPages pages;

	private final PageRenderer renderer;

	private final JsonMapper json;

	private final Ui ui;

	ApiDocsController(OpenApiWebMvcResource openApi, CachedPages pages, PageRenderer renderer, JsonMapper json, Ui ui) {
		this.openApi = openApi;
		this.pages = pages;
		this.renderer = renderer;
		this.json = json;
		this.ui = ui;
	}

	@GetMapping("/api/docs")
	ResponseEntity<byte[]> docs(HttpServletRequest request) {
		byte[] document = document(request);
		// the document is the same until a release changes the controllers
		String version = document.length + "." + Integer.toHexString(Arrays.hashCode(document));
		return pages.respond(request, "api:docs", version, () -> {
			var meta = PageMeta.of(ui.t("api.docs.title"), ui.t("api.docs.description"), "/api/docs");
			return renderer.render("api/docs", Map.of("page", ApiDocsPage.of(meta, json.readTree(document))));
		});
	}

	private byte[] document(HttpServletRequest request) {
		try {
			return openApi.openapiJson(request, Constants.DEFAULT_API_DOCS_URL, Ui.LOCALE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
