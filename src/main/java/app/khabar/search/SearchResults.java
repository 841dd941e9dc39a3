package app.khabar.search;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A page of hits for a {@link SearchRequest}.
 *
 * @param total the number of matching articles; a lower bound when {@code exact} is false
 * (counting stops at {@link ArticleSearch#COUNT_LIMIT})
 * @param suggestion a query that finds articles, offered when this one found none (glued
 * words apart, a Persian query typed with a Latin keyboard layout)
 */
public record SearchResults(SearchRequest request, long total, boolean exact, List<SearchHit> hits,
		@Nullable String suggestion) {

	public SearchResults {
		hits = List.copyOf(hits);
	}

	static SearchResults none(SearchRequest request) {
		return new SearchResults(request, 0, true, List.of(), null);
	}

	public int totalPages() {
		long pages = (total + SearchRequest.PAGE_SIZE - 1) / SearchRequest.PAGE_SIZE;
		return (int) Math.clamp(pages, 1, SearchRequest.MAX_PAGE);
	}

	public boolean hasPrevious() {
		return request.page() > 1;
	}

	public boolean hasNext() {
		return request.page() < totalPages();
	}

}
