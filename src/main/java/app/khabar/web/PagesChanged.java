package app.khabar.web;

import org.jspecify.annotations.Nullable;

/**
 * Something shown on cached pages changed: one page ({@code cacheKey} as given to
 * {@link CachedPages#respond}), every page whose key starts with {@code cacheKey}
 * ({@code prefix}, e.g. all search pages when the index changed) or, with no key,
 * possibly every page (a box or a list that all pages show). Feature modules publish it;
 * the shell drops what it serves from memory once the change is committed.
 */
public record PagesChanged(@Nullable String cacheKey, boolean prefix) {

	public static PagesChanged all() {
		return new PagesChanged(null, false);
	}

	public static PagesChanged of(String cacheKey) {
		return new PagesChanged(cacheKey, false);
	}

	/** Every page whose cache key starts with {@code prefix}. */
	public static PagesChanged startingWith(String prefix) {
		return new PagesChanged(prefix, true);
	}

	/** Whether the page with this cache key is among the changed ones. */
	boolean covers(String pageKey) {
		return cacheKey == null || (prefix ? pageKey.startsWith(cacheKey) : pageKey.equals(cacheKey));
	}

}
