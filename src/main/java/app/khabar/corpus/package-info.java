/**
 * Content that arrives in bulk instead of through the newsroom: the demo content written
 * by us (articles, comments and boxes, loaded once on the first start of the embedded
 * database; its SVG art drawn as raster pictures and stored as uploads, so link previews
 * and structured data carry a JPEG with its size) and the import of a news corpus from a
 * JSON Lines file ({@code import-news}). It writes only through the public import APIs of
 * article, comment, feed and media.
 */
@ApplicationModule(displayName = "corpus", allowedDependencies = { "article", "comment", "feed", "media", "live" })
@NullMarked
package app.khabar.corpus;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
