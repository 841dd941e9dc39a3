/**
 * Comment moderation: whether an article takes comments (its settings with the site's
 * auto-close), the screening pipeline with the learned offensive-comment model (its
 * Persian features and the site's word lists as features, training from moderators'
 * decisions, the versioned model file picked up by every node without a restart, the site
 * and per-article thresholds, the operator's model page, {@code screening-train} and
 * {@code screening-eval}), the queue, the append-only decision log, word lists and bans.
 */
@ApplicationModule(displayName = "moderation",
		allowedDependencies = { "web", "account", "article", "comment", "comment :: spi" })
@NullMarked
package app.khabar.moderation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
