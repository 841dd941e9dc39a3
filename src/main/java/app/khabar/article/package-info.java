/**
 * Articles and what they are made of: sections, source attribution, tags, media references, status and
 * versions; the public article page, composed with parts that higher modules contribute through {@code article.spi}.
 * It does not own comments, curation boxes or search.
 */
@ApplicationModule(displayName = "article", allowedDependencies = { "web", "account", "cluster" })
@NullMarked
package app.khabar.article;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
