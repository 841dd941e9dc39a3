package app.khabar.article.spi;

import java.util.List;
import java.util.Map;

import app.khabar.article.Article;
import app.khabar.web.PageMeta;
import gg.jte.Content;

/**
 * A part of the public article page below the body, contributed by a higher module
 * (comments, editors' boxes). The page is cached as a whole, so each part says what
 * version of itself it would render: the page's ETag joins them.
 */
public interface ArticlePagePart {

	/**
	 * Place on the page, smaller first; a negative order puts the part under the site
	 * header, above the article.
	 */
	int order();

	/**
	 * Changes whenever what {@link #render} shows for this article changes. Must be
	 * cheap: it runs per request.
	 */
	String version(Article article);

	/** The part's markup, rendered by the contributing module's own template. */
	Content render(Article article);

	/**
	 * The part in the newsroom's preview of the article: what readers will see, without
	 * what only works once it is published (a live form, a short link). The same as
	 * {@link #render} unless the part says otherwise.
	 */
	default Content preview(Article article) {
		return render(article);
	}

	/**
	 * Properties the part adds to (or overrides in) the page's main schema.org block,
	 * e.g. a live page's {@code @type} and updates; none by default.
	 */
	default Map<String, Object> structuredData(Article article) {
		return Map.of();
	}

	/**
	 * Feeds of the part's own, linked from the page's head beside the section's (e.g. a
	 * live page's entries); none by default.
	 */
	default List<PageMeta.Feed> feeds(Article article) {
		return List.of();
	}

	/**
	 * Whether the part also shows on a retracted article's notice page (e.g. the
	 * retraction reason).
	 */
	default boolean showsOnRetracted() {
		return false;
	}

}
