/**
 * The reader-facing fronts: home page and section fronts, the author, tag and Jalali
 * archive pages ({@code /author/{handle}}, {@code /tag/{tag}},
 * {@code /archive/{yyyy}/{mm}/{dd}}), the editors' boxes (with their rules and a version
 * per box, so concurrent editors never lose a change), the breaking-news ticker and the
 * most-read and most-commented lists.
 */
@ApplicationModule(displayName = "feed",
		allowedDependencies = { "web", "article", "article :: spi", "comment", "cluster", "media" })
@NullMarked
package app.khabar.feed;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
