package app.khabar.comment;

import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code comment_vote} rows and the comment's two vote counts. Each change is a relative update in the caller's
 * transaction, guarded by the row of the reader's vote, so concurrent votes never lose or double a count.
 */
@Repository
class Votes {

	private static final String INSERT = """
			INSERT INTO comment_vote (comment_id, voter, vote, voted_at) VALUES (:comment, :voter, :value, :at)
			ON CONFLICT DO NOTHING
			""";

	private static final String CHANGE = """
			UPDATE comment_vote SET vote = :value, voted_at = :at
			WHERE comment_id = :comment AND voter = :voter AND vote <> :value
			""";

	private static final String ADD = """
			UPDATE comment_comment SET likes = likes + :likes, dislikes = dislikes + :dislikes
			WHERE id = :comment
			""";

	private static final String COUNTS = """
			SELECT likes, dislikes FROM comment_comment WHERE id = :comment
			""";

	private final JdbcClient jdbc;

	Votes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records the voter's vote and moves the counts: a first vote adds one, a changed vote moves one from the other
	 * side, the same vote again changes nothing.
	 */
	void cast(long commentId, String voter, Vote vote, Instant at) {
		var now = at.atOffset(ZoneOffset.UTC);
		int added = jdbc.sql(INSERT)
			.param("comment", commentId)
			.param("voter", voter)
			.param("value", vote.name())
			.param("at", now)
			.update();
		if (added == 1) {
			move(commentId, vote, 1);
			return;
		}
		int changed = jdbc.sql(CHANGE)
			.param("comment", commentId)
			.param("voter", voter)
			.param("value", vote.name())
			.param("at", now)
			.update();
		if (changed == 1) {
			move(commentId, vote, 1);
			move(commentId, vote == Vote.LIKE ? Vote.DISLIKE : Vote.LIKE, -1);
		}
	}

	int[] counts(long commentId) {
		return jdbc.sql(COUNTS)
			.param("comment", commentId)
			.query((rs, row) -> new int[] { rs.getInt("likes"), rs.getInt("dislikes") })
			.single();
	}

	private void move(long commentId, Vote vote, int delta) {
		jdbc.sql(ADD)
			.param("comment", commentId)
			.param("likes", vote == Vote.LIKE ? delta : 0)
			.param("dislikes", vote == Vote.DISLIKE ? delta : 0)
			.update();
	}

}
