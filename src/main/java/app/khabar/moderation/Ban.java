package app.khabar.moderation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A ban: comments from this client, or under this name, are refused. */
public record Ban(long id, BanKind kind, String value, @Nullable String note, String addedBy, Instant addedAt) {
}
