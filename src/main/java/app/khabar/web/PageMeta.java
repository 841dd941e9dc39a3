package app.khabar.web;

import org.jspecify.annotations.Nullable;

/**
 * What the layout puts in a page's head: the title, the description, the canonical link
 * and whether search engines may index it. Texts are already localized (pass
 * {@code ui.t(...)} results or content).
 *
 * @param title the page title, without the site name (the layout adds it)
 * @param description a sentence or two for search results and link previews; for an
 * article, its lead
 * @param canonicalPath the path of the page's one true URL (e.g. {@code /news/12/slug});
 * the layout makes it absolute
 * @param indexable false for pages that search engines should not index (search results,
 * errors, staff screens)
 */
public record PageMeta(String title, @Nullable String description, @Nullable String canonicalPath, boolean indexable) {

	/** An indexable public page with its canonical path. */
	public static PageMeta of(String title, @Nullable String description, String canonicalPath) {
		return new PageMeta(title, description, canonicalPath, true);
	}

	/**
	 * A page search engines should skip: errors, search results, forms, staff screens.
	 */
	public static PageMeta noIndex(String title) {
		return new PageMeta(title, null, null, false);
	}

}
