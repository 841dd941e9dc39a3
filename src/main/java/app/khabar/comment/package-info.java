/**
 * Reader comments: posting, replies, votes and the exact per-article counters (published, awaiting review,
 * not publishable). Screening decisions come from {@code comment.spi}, implemented by moderation.
 */
@ApplicationModule(displayName = "comment", allowedDependencies = { "web", "article", "article :: spi" })
@NullMarked
package app.khabar.comment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
