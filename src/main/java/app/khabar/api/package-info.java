/**
 * The public read API under {@code /api/v1}: published articles (lists filtered by
 * section, tag, author and publication time, paged by cursor; one article whole, byline
 * and images included), sections, tags (one per folded key) and authors, and an article's
 * published comments, threaded; its OpenAPI 3.1 document ({@code /v3/api-docs}, made by
 * springdoc from these controllers, its texts from {@code messages/api}) and the page
 * that renders it from our own origin ({@code /api/docs}, no script). A module of its own
 * because one answer combines modules that do not know each other (an article and its
 * comment counters), and because it reads only through their public read APIs
 * ({@code ArticleCatalog}, {@code AuthorDirectory}, {@code CommentThreads},
 * {@code FrontVersion}) it can show nothing those do not already show readers. Answers
 * are this module's own JSON records, never another module's types, with absolute links
 * ({@code SiteAddress}: the base URL, else the request's origin, the same as a page's
 * canonical link; the body's HTML keeps its site paths), served through the shell's
 * {@code CachedPages}, which keys answers by that origin as it does pages (ETag, 304,
 * gzip, the hot path), and open to pages of any origin
 * ({@code Access-Control-Allow-Origin: *}, GET only). Searching and posting comments are
 * their own modules' endpoints, described in the same document.
 */
@ApplicationModule(displayName = "api", allowedDependencies = { "web", "article", "comment", "feed", "media" })
@NullMarked
package app.khabar.api;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
