/**
 * Backup and restore of a whole site: the database (H2's online {@code BACKUP TO}, or
 * {@code pg_dump} on PostgreSQL), the data dir's keys (client hash, captcha, two-factor,
 * device cookies), the moderation model and the uploaded media, with a manifest of
 * SHA-256 sums that a restore checks before it changes anything. The commands
 * {@code backup DIR} and {@code restore DIR [--force]} run without the site; on H2 a
 * running site holds the database file, so {@code backup} asks it, through the loopback
 * actuator endpoint {@code POST /actuator/backup} and the key {@code secrets/backup.key}.
 * The search index is not backed up: a restore deletes it and the next start rebuilds it
 * from the database.
 */
@ApplicationModule(displayName = "backup", allowedDependencies = {})
@NullMarked
package app.khabar.backup;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
