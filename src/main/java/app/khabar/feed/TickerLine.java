package app.khabar.feed;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The breaking-news line under the header: its text, where it leads (a path on this site
 * or an https URL), and when it stops showing (null: until cleared).
 */
public record TickerLine(String text, @Nullable String link, @Nullable Instant expiresAt) {

	public boolean shownAt(Instant now) {
		return expiresAt == null || now.isBefore(expiresAt);
	}

}
