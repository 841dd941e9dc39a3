package app.khabar.cluster;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Changes committed on some node, this one included, in feed order, as this node's change
 * feed follower read them: the event every node-local projection (caches, the search
 * index) listens to. Published on the follower's thread with no transaction, so a
 * listener evicts what the changes touch at once and returns quickly. Listeners must be
 * idempotent: a change can arrive twice (after a reconnect or a restart), and this node's
 * own changes arrive here after their local events already evicted.
 */
public record ChangesCommitted(List<Change> changes) {

	/**
	 * The entity ids of the changes under {@code topic}, in feed order, without repeats.
	 */
	public Set<Long> of(String topic) {
		Set<Long> ids = new LinkedHashSet<>();
		for (Change change : changes) {
			if (change.topic().equals(topic)) {
				ids.add(change.entityId());
			}
		}
		return ids;
	}

	/** Whether any of the changes is under {@code topic}. */
	public boolean touches(String topic) {
		return changes.stream().anyMatch(change -> change.topic().equals(topic));
	}

}
