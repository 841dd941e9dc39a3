/**
 * The newsroom's staff screens and their permissions: the desk, the editor (with autosave and conflicts), the
 * workflow steps, revisions, the audit log, the curation of the home page's boxes and ticker, and scheduled
 * publishing. The workflow's rules and the articles are {@code article}'s; the boxes' rules are {@code feed}'s.
 */
@ApplicationModule(displayName = "newsroom", allowedDependencies = { "web", "account", "article", "cluster", "feed" })
@NullMarked
package app.khabar.newsroom;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
