package app.khabar.comment;

import java.util.List;

/**
 * What an article page shows of its comments: the counters and the published comments,
 * replies under their parent.
 */
public record CommentThread(CommentCounts counts, List<PublishedComment> comments) {

	public CommentThread {
		comments = List.copyOf(comments);
	}

}
