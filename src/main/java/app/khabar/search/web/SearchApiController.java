package app.khabar.search.web;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import app.khabar.persian.JalaliDates;
import app.khabar.search.ArticleSearch;
import app.khabar.search.SearchHit;
import app.khabar.search.SearchRequest;
import app.khabar.search.SearchResults;
import app.khabar.search.Snippet;

/**
 * {@code GET /api/v1/search}: the same search as JSON. Refused input is a 400 with a
 * Persian message (the web shell's JSON error body).
 */
@RestController
class SearchApiController {

	private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofSeconds(10)).cachePublic();

	private final ArticleSearch search;

	SearchApiController(ArticleSearch search) {
		this.search = search;
	}

	/** The response: {@code total} is a lower bound when {@code exact} is false. */
	record Response(String query, long total, boolean exact, int page, int pageSize, int pages, List<Item> items,
			@Nullable String suggestion) {
	}

	/**
	 * A hit: {@code publishedAt} in ISO-8601 (UTC), {@code publishedAtJalali} as the site
	 * writes it (Iran time, Persian digits); {@code title} and {@code snippet} with their
	 * highlights.
	 */
	record Item(long id, Text title, String path, Section section, String publishedAt, String publishedAtJalali,
			Text snippet) {
	}

	record Section(String slug, String name) {
	}

	/**
	 * Plain {@code text}, the {@code highlights} ({@code [start, end)} UTF-16 offsets
	 * into it) and {@code html}: the text escaped with each highlight in {@code <mark>}.
	 */
	record Text(String text, List<Snippet.Highlight> highlights, String html) {

		static Text of(Snippet snippet) {
			return new Text(snippet.text(), snippet.highlights(), snippet.html());
		}

	}

	@GetMapping("/api/v1/search")
	ResponseEntity<Response> search(@RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "") String section, @RequestParam(defaultValue = "") String from,
			@RequestParam(defaultValue = "") String to, @RequestParam(defaultValue = "") String sort,
			@RequestParam(defaultValue = "") String page) {
		SearchResults results = search.search(SearchRequest.of(q, section, from, to, sort, page));
		List<Item> items = results.hits().stream().map(SearchApiController::item).toList();
		SearchRequest request = results.request();
		return ResponseEntity.ok()
			.cacheControl(CACHE)
			.body(new Response(request.query(), results.total(), results.exact(), request.page(),
					SearchRequest.PAGE_SIZE, results.totalPages(), items, results.suggestion()));
	}

	private static Item item(SearchHit hit) {
		return new Item(hit.id(), Text.of(hit.title()), hit.path(), new Section(hit.sectionSlug(), hit.sectionName()),
				hit.publishedAt().toString(), JalaliDates.format(hit.publishedAt()), Text.of(hit.snippet()));
	}

}
