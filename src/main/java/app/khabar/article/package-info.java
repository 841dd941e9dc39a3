/**
 * Articles and what they are made of: sections, source attribution, bylines (staff
 * authors in order, each with a public profile: {@code AuthorDirectory}, and a free
 * text), tags (matched by their folded key: {@code Tag}), the main image or video (a path
 * of an upload in {@code media} or an allowed embed host's page: {@code VideoEmbeds},
 * whose hosts are the only frames the pages' Content-Security-Policy allows), status and
 * versions; the public article page, composed with parts that higher modules contribute
 * through {@code article.spi}; page views, counted in memory and written in batches (the
 * last batch at shutdown, before the database closes). The page's cache key
 * ({@link app.khabar.article.ArticlePageKey}) and the article entries of the cluster's
 * change feed ({@link app.khabar.article.ArticleCatalog#changedArticle}) are spelled here
 * alone; other modules use those. The catalog lists published articles by section, tag,
 * author and period for the fronts and the archive. It does not own comments, curation
 * boxes, search, the pages that list articles or the uploaded files themselves.
 */
@ApplicationModule(displayName = "article", allowedDependencies = { "web", "account", "cluster", "media" })
@NullMarked
package app.khabar.article;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
