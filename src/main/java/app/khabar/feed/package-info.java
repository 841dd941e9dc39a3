/**
 * The reader-facing fronts: home page, section fronts, the editors' boxes, RSS and Atom feeds and sitemaps.
 */
@ApplicationModule(displayName = "feed", allowedDependencies = { "web", "article", "article :: spi", "comment", "cluster", "media" })
@NullMarked
package app.khabar.feed;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
