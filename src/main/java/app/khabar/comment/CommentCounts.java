package app.khabar.comment;

/**
 * The three public counters of an article's comments, and the version of what its public
 * thread shows.
 */
public record CommentCounts(long articleId, int published, int pending, int rejected, long version) {

	public static CommentCounts none(long articleId) {
		return new CommentCounts(articleId, 0, 0, 0, 0);
	}

}
