package app.khabar.search.web;

import java.time.Duration;
import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.khabar.article.ArticleCatalog;
import app.khabar.search.ArticleSearch;
import app.khabar.search.SearchRequest;
import app.khabar.search.SearchResults;
import app.khabar.shared.KhabarException;
import app.khabar.web.PageMeta;
import app.khabar.web.PageRenderer;
import app.khabar.web.Ui;

/**
 * {@code GET /search}: the search page. Refused input (a date that is not a Jalali date) is shown on the page itself
 * with the form as typed, with status 400.
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

	SearchController(ArticleSearch search, ArticleCatalog catalog, PageRenderer renderer, Ui ui) {
		this.search = search;
		this.catalog = catalog;
		this.renderer = renderer;
		this.ui = ui;
	}

	@GetMapping("/search")
	ResponseEntity<byte[]> search(@RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "") String section, @RequestParam(defaultValue = "") String from,
			@RequestParam(defaultValue = "") String to, @RequestParam(defaultValue = "") String sort,
			@RequestParam(defaultValue = "") String page) {
		SearchPage.Form form = new SearchPage.Form(Inputs.shown(q), Inputs.shown(section), Inputs.shown(from),
				Inputs.shown(to), Inputs.shown(sort));
		SearchResults results = null;
		String errorKey = null;
		try {
			SearchRequest request = SearchRequest.of(q, section, from, to, sort, page);
			form = new SearchPage.Form(request.query(), form.section(), form.from(), form.to(), request.sort().value());
			results = search.search(request);
		}
		catch (KhabarException refused) {
			errorKey = refused.code().messageKey();
		}
		String title = form.q().isEmpty() ? ui.t("search.title") : ui.t("search.title.query", form.q());
		var view = new SearchPage(PageMeta.noIndex(title), form, catalog.sections(), results, errorKey);
		byte[] body = renderer.render("search/results", Map.of("page", view));
		return ResponseEntity.status(errorKey == null ? 200 : 400).contentType(HTML).cacheControl(CACHE).body(body);
	}

}
