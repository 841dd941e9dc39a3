package app.khabar.web;

import org.jspecify.annotations.Nullable;

/**
 * Something shown on cached pages changed: one page ({@code cacheKey} as given to
 * {@link CachedPages#respond}), every page whose key starts with {@code cacheKey}
 * ({@code prefix}, e.g. all search pages when the index changed) or, with no key,
 * possibly every page (a box or a list that all pages show). Feature modules publish it;
 * the shell drops what it serves from memory once the change is committed. A change that
 * {@code mayWait} (a new comment, a count) shows within
 * {@code khabar.web.page-cache.coalesce} rather than at once: on a page that readers and
 * commenters crowd, it is not worth a pass through the whole application per comment.
 */
public record PagesChanged(@Nullable String cacheKey, boolean prefix, boolean mayWait) {

	public static PagesChanged all() {
		return new PagesChanged(null, false, false);
	}

	public static PagesChanged of(String cacheKey) {
		return new PagesChanged(cacheKey, false, false);
	}

	/** Every page whose cache key starts with {@code prefix}. */
	public static PagesChanged startingWith(String prefix) {
		return new PagesChanged(prefix, true, false);
	}

	/** This page changed in a way that may show within the coalesce window. */
	public static PagesChanged soon(String cacheKey) {
		return new PagesChanged(cacheKey, false, true);
	}

	/** Whether the page with this cache key is among the changed ones. */
	boolean covers(String pageKey) {
		return cacheKey == null || (prefix ? pageKey.startsWith(cacheKey) : pageKey.equals(cacheKey));
	}

}
