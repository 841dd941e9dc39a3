package app.khabar.moderation;

import org.jspecify.annotations.Nullable;

/**
 * Site-wide comment settings that articles without their own inherit.
 *
 * @param autoCloseDays close comments this many days after publication, for articles
 * without their own setting; null for never
 */
public record SiteDefaults(@Nullable Integer autoCloseDays) {

	public static final int MAX_DAYS = 3650;

}
