package app.khabar.web;

import org.jspecify.annotations.Nullable;

/**
 * Something shown on cached pages changed: one page ({@code cacheKey} as given to {@link CachedPages#respond}) or,
 * with no key, possibly every page (a box or a list that all pages show). Feature modules publish it; the shell drops
 * what it serves from memory once the change is committed.
 */
public record PagesChanged(@Nullable String cacheKey) {

	public static PagesChanged all() {
		return new PagesChanged(null);
	}

	public static PagesChanged of(String cacheKey) {
		return new PagesChanged(cacheKey);
	}

}
