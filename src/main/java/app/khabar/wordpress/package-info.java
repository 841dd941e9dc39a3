/**
 * Moving in from WordPress: the import of WordPress export files (WXR,
 * {@code import-wxr}: posts as articles with their sections, tags and featured images,
 * comments with their threads and statuses, stored in batches of many items per
 * transaction), the record of what each WordPress post, comment and term became (per
 * imported site, so imports are idempotent), the old site's URLs answering 301 to their
 * Khabar pages, the origins of images an import kept at their old address (declared to
 * web's Content-Security-Policy as {@code ImageSources}), and the export of the whole
 * site as a WXR file ({@code export-wxr}). It writes only through the public import APIs
 * of article, comment and feed.
 */
@ApplicationModule(displayName = "wordpress", allowedDependencies = { "article", "comment", "feed", "media", "web" })
@NullMarked
package app.khabar.wordpress;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
