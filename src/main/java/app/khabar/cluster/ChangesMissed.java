package app.khabar.cluster;

/**
 * This node was away (or cut off from the database) longer than
 * {@code khabar.cluster.node-timeout}, and the feed rows after {@code position} up to
 * {@code prunedThrough} were pruned before it read them: whatever a listener derives from
 * the feed may miss those changes, so it drops it all (caches) or rebuilds it (the search
 * index). Published on the follower's thread; following goes on from the current head.
 */
public record ChangesMissed(long position, long prunedThrough) {
}
