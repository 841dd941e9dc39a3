/**
 * The reader-facing fronts: home page and section fronts, the author, tag and Jalali
 * archive pages ({@code /author/{handle}}, {@code /tag/{tag}},
 * {@code /archive/{yyyy}/{mm}/{dd}}), the editors' boxes (with their rules and a version
 * per box, so concurrent editors never lose a change), the breaking-news ticker and the
 * most-read and most-commented lists; the feeds (RSS 2.0 and Atom by ROME: the site, each
 * section, tag and author), the sitemaps (an index of monthly sitemaps, sections, tags,
 * authors, and the Google News sitemap) and robots.txt, cached like the fronts and
 * sharing their version; the home page's structured data (Organization, WebSite with its
 * search); under each article, the boxes and the related articles (the search module's
 * MoreLikeThis, without what the boxes already show).
 */
@ApplicationModule(displayName = "feed",
		allowedDependencies = { "web", "article", "article :: spi", "comment", "cluster", "media", "search", "live" })
@NullMarked
package app.khabar.feed;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
