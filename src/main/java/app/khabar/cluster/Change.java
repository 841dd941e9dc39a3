package app.khabar.cluster;

import java.time.Instant;

/**
 * One entry of the {@link ChangeFeed}: the entity {@code entityId} of {@code topic} (e.g.
 * {@code article}) changed at {@code changedAt}; {@code id} is its position in the feed.
 */
public record Change(long id, String topic, long entityId, Instant changedAt) {
}
