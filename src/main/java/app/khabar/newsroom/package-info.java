/**
 * The editorial side: the editor, the workflow from draft to publication, scheduling, corrections and curation.
 */
@ApplicationModule(displayName = "newsroom", allowedDependencies = { "web", "account", "article", "cluster", "feed", "media" })
@NullMarked
package app.khabar.newsroom;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
