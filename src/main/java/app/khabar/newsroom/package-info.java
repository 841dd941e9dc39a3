/**
 * The newsroom's staff screens and their permissions: the desk, the editor (with autosave
 * and conflicts, and the byline: the writer by default, other staff, a free text), the
 * workflow steps, revisions, the audit log, the curation of the home page's boxes and
 * ticker, a staff member's own public profile (name, bio, photo), and the trigger of
 * scheduled publishing. Its policy ({@code NewsroomPermissions}) judges the account
 * module's {@code StaffMember}. The workflow's rules and the articles are
 * {@code article}'s; the boxes' rules are {@code feed}'s.
 */
@ApplicationModule(displayName = "newsroom",
		allowedDependencies = { "web", "account", "article", "cluster", "feed", "media", "live" })
@NullMarked
package app.khabar.newsroom;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
