/**
 * Articles and what they are made of: sections, source attribution, tags, the main image or video (a path of an
 * upload in {@code media} or an allowed embed host's page), status and versions; the public article page, composed
 * with parts that higher modules contribute through {@code article.spi}; page views, counted in memory and written
 * in batches (the last batch at shutdown, before the database closes). It does not own comments, curation boxes,
 * search or the uploaded files themselves.
 */
@ApplicationModule(displayName = "article", allowedDependencies = { "web", "account", "cluster", "media" })
@NullMarked
package app.khabar.article;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
