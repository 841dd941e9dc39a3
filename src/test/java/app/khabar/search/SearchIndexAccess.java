package app.khabar.search;

import org.springframework.boot.test.context.TestComponent;

/**
 * Lets tests outside this package bring the index up to date with the change feed,
 * without waiting for the poll.
 */
@TestComponent
public class SearchIndexAccess {

	private final IndexFollower follower;

	SearchIndexAccess(IndexFollower follower) {
		this.follower = follower;
	}

	public void catchUp() {
		follower.catchUp();
	}

}
