package app.khabar.article;

import java.util.OptionalLong;

import app.khabar.web.PagesChanged;

/**
 * The cache key of an article's public page: the page is rendered and kept under it,
 * modules whose parts the page shows drop it when they change, and views served from
 * memory are counted by it. The one place the key is spelled.
 */
public final class ArticlePageKey {

	private static final String PREFIX = "article:";

	private ArticlePageKey() {
	}

	public static String of(long articleId) {
		return PREFIX + articleId;
	}

	/** The page of this article changed (e.g. its comment thread). */
	public static PagesChanged changed(long articleId) {
		return PagesChanged.of(of(articleId));
	}

	/**
	 * Every article page changed (e.g. the site's comment defaults, which every page
	 * shows).
	 */
	public static PagesChanged everyPageChanged() {
		return PagesChanged.startingWith(PREFIX);
	}

	/** The article whose page has this cache key; empty for any other page. */
	static OptionalLong articleOf(String cacheKey) {
		return cacheKey.startsWith(PREFIX) ? OptionalLong.of(Long.parseLong(cacheKey.substring(PREFIX.length())))
				: OptionalLong.empty();
	}

}
