package app.khabar.live;

import java.time.Instant;

/** What a reporter had typed on the live desk, saved as they typed. */
public record LiveDraft(String title, String body, Instant savedAt) {
}
