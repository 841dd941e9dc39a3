package app.khabar.comment;

import org.jspecify.annotations.Nullable;

import app.khabar.web.ClientHash;

/**
 * Who submits, as far as Khabar keeps it: the keyed hash of the address (rate limits,
 * bans, screening) and the country code, or null when unknown. The address itself is
 * never passed on.
 */
public record Commenter(ClientHash client, @Nullable String countryCode) {
}
