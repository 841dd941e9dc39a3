package app.khabar.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
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

	/**
	 * The document's version, taken from its bytes once: they are the same until a
	 * release changes the controllers, so a request that misses the hot path neither
	 * writes nor hashes the document unless the page must be rendered.
	 */
	private volatile @Nullable String version;

	ApiDocsController(OpenApiWebMvcResource openApi, CachedPages pages, PageRenderer renderer, JsonMapper json, Ui ui) {
		this.openApi = openApi;
		this.pages = pages;
		this.renderer = renderer;
		this.json = json;
		this.ui = ui;
	}

	@GetMapping("/api/docs")
	ResponseEntity<byte[]> docs(HttpServletRequest request) {
		return pages.respond(request, "api:docs", version(request), () -> {
			var meta = PageMeta.of(ui.t("api.docs.title"), ui.t("api.docs.description"), "/api/docs");
			return renderer.render("api/docs", Map.of("page", ApiDocsPage.of(meta, json.readTree(document(request)))));
		});
	}

	private String version(HttpServletRequest request) {
		String known = version;
		if (known == null) {
			byte[] document = document(request);
			known = document.length + "." + Integer.toHexString(Arrays.hashCode(document));
			version = known;
		}
		return known;
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
