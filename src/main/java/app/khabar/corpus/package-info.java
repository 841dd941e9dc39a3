/**
 * Content that arrives in bulk instead of through the newsroom: the demo content written
 * by us (articles, comments and boxes, loaded once on the first start of the embedded
 * database) and the import of a news corpus from a JSON Lines file ({@code import-news}).
 * It writes only through the public import APIs of article, comment and feed.
 */
@ApplicationModule(displayName = "corpus", allowedDependencies = { "article", "comment", "feed" })
@NullMarked
package app.khabar.corpus;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
