package app.khabar.search.web;

import java.time.Duration;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;

import app.khabar.article.ArticleCatalog;
import app.khabar.search.ArticleSearch;
import app.khabar.search.SearchRequest;
import app.khabar.search.SearchResults;
import app.khabar.shared.KhabarException;
import app.khabar.web.CachedPages;
import app.khabar.web.PageMeta;
import app.khabar.web.PageRenderer;
import app.khabar.web.Ui;

/**
 * {@code GET /search}: the search page. Refused input (a date that is not a Jalali date)
 * is shown on the page itself with the form as typed, with status 400. Other pages go
 * through {@link CachedPages}, keyed by the form as shown and the page number (bounded:
 * query and fields are capped) at the index's version, so a repeated query is served from
 * memory until the index changes (which drops them all).
 */
@Controller
class SearchController {

	private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

	// the same for every reader: a proxy or CDN may hold a hot query for a few seconds
	private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofSeconds(10)).cachePublic();

	private final ArticleSearch search;

	private final ArticleCatalog catalog;

	private final PageRenderer renderer;

	private final Ui ui;

	private final CachedPages pages;

	SearchController(ArticleSearch search, ArticleCatalog catalog, PageRenderer renderer, Ui ui, CachedPages pages) {
		this.search = search;
		this.catalog = catalog;
		this.renderer = renderer;
		this.ui = ui;
		this.pages = pages;
	}

	@GetMapping("/search")
	ResponseEntity<byte[]> search(HttpServletRequest http, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "") String section, @RequestParam(defaultValue = "") String from,
			@RequestParam(defaultValue = "") String to, @RequestParam(defaultValue = "") String sort,
			@RequestParam(defaultValue = "") String page) {
		SearchPage.Form form = new SearchPage.Form(Inputs.shown(q), Inputs.shown(section), Inputs.shown(from),
				Inputs.shown(to), Inputs.shown(sort));
		SearchRequest request;
		try {
			request = SearchRequest.of(q, section, from, to, sort, page);
		}
		catch (KhabarException refused) {
			byte[] body = render(form, null, refused.code().messageKey());
			return ResponseEntity.status(400).contentType(HTML).cacheControl(CACHE).body(body);
		}
		var shown = new SearchPage.Form(request.query(), form.section(), form.from(), form.to(),
				request.sort().value());
		// everything the page shows depends on these (the fields as shown back) and on
		// the index version
		String key = String.join("\n", ArticleSearch.PAGE_KEY_PREFIX + shown.q(), shown.section(), shown.from(),
				shown.to(), shown.sort(), Integer.toString(request.page()), Boolean.toString(request.shortened()));
		return pages.respond(http, key, search.version(), () -> render(shown, search.search(request), null));
	}

	private byte[] render(SearchPage.Form form, @Nullable SearchResults results, @Nullable String errorKey) {
		String title = form.q().isEmpty() ? ui.t("search.title") : ui.t("search.title.query", form.q());
		var view = new SearchPage(PageMeta.noIndex(title), form, catalog.sections(), results, errorKey);
		return renderer.render("search/results", Map.of("page", view));
	}

}
