/**
 * Moving in from WordPress: the import of WordPress export files (WXR,
 * {@code import-wxr}: posts as articles with their sections, tags and featured images,
 * comments with their threads and statuses), the record of what each WordPress post,
 * comment and term became (per imported site, so imports are idempotent), and the old
 * site's URLs answering 301 to their Khabar pages. It writes only through the public
 * import APIs of article, comment and feed.
 */
@ApplicationModule(displayName = "wordpress", allowedDependencies = { "article", "comment", "feed", "media", "web" })
@NullMarked
package app.khabar.wordpress;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
