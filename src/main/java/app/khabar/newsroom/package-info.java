/**
 * The staff screens for writing and curating: the editor and its workflow steps, revisions, the audit log, the
 * editors' boxes and the ticker, and the trigger of scheduled publishing. Its policy ({@code NewsroomPermissions})
 * judges the account module's {@code StaffMember}; the workflow itself (states, revisions, audit) is article's.
 */
@ApplicationModule(displayName = "newsroom", allowedDependencies = { "web", "account", "article", "cluster", "feed", "media" })
@NullMarked
package app.khabar.newsroom;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
