package app.khabar.search;

import java.util.Locale;

/** The order of search results. */
public enum SearchSort {

	RELEVANCE, NEWEST;

	/**
	 * The sort a request parameter names ({@code relevance}, {@code newest}); anything
	 * else is relevance.
	 */
	public static SearchSort of(String value) {
		return "newest".equals(value.strip().toLowerCase(Locale.ROOT)) ? NEWEST : RELEVANCE;
	}

	/** The request parameter value. */
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

}
