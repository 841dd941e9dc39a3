/**
 * Comment moderation: whether an article takes comments (its settings with the site's
 * auto-close), the screening pipeline with the learned offensive-comment model (its
 * Persian features and the site's word lists as features, training from moderators'
 * decisions, the versioned model file picked up by every node without a restart, the site
 * and per-article thresholds, the operator's model page, {@code screening-train} and
 * {@code screening-eval}), the queue (in time order or by the model's risk, narrowed to a
 * risk band, the lowest-risk page approved at once), the dashboard (with what the model
 * held and passed and how often moderators overruled it), the append-only decision log,
 * word lists (with Khabar's starter lists, pattern entries and import from
 * {@code .txt}/{@code .csv} files) and bans, whose node-local snapshot follows the
 * cluster's change feed; readers' reports and the «گزارش‌شده» queue
 * ({@code ReaderReports}), a commenter's export and erasure and the retention period
 * ({@code CommenterData}, {@code RetentionJob}).
 */
@ApplicationModule(displayName = "moderation",
		allowedDependencies = { "web", "account", "article", "comment", "comment :: spi", "cluster" })
@NullMarked
package app.khabar.moderation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
