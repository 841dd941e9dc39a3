package app.khabar.cluster;

/**
 * A projection on this node that keeps its own place in the change feed (the search index
 * keeps it on disk, so it outlives a restart). The node reports the lowest place among
 * its followers, so the feed keeps every row that one of them still has to apply.
 */
public interface FeedFollower {

	/** Every change up to here is applied. */
	long position();

}
