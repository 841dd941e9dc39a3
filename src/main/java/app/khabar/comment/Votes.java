package app.khabar.comment;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code comment_vote} rows: one per reader and comment. Each change is guarded by
 * the row of the reader's vote, so concurrent votes never lose or double a count; the
 * counts themselves are the comment's ({@link Comments#addVotes}).
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

	private static final String OF_VOTER_ON_ARTICLE = """
			SELECT v.comment_id, v.vote FROM comment_vote v JOIN comment_comment c ON c.id = v.comment_id
			WHERE c.article_id = :article AND c.status = 'PUBLISHED' AND v.voter = :voter
			""";

	private final JdbcClient jdbc;

	Votes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** How a vote moves the comment's counts. */
	record CountChange(int likes, int dislikes) {

		boolean none() {
			return likes == 0 && dislikes == 0;
		}

	}

	/** The voter's votes on the published comments of an article, by comment. */
	Map<Long, Vote> ofVoter(long articleId, String voter) {
		Map<Long, Vote> votes = new LinkedHashMap<>();
		jdbc.sql(OF_VOTER_ON_ARTICLE)
			.param("article", articleId)
			.param("voter", voter)
			.query((row, n) -> Map.entry(row.getLong("comment_id"), Vote.valueOf(row.getString("vote"))))
			.list()
			.forEach(vote -> votes.put(vote.getKey(), vote.getValue()));
		return votes;
	}

	/**
	 * Records the voter's vote and says how the counts move: a first vote adds one, a
	 * changed vote moves one from the other side, the same vote again changes nothing.
	 */
	CountChange cast(long commentId, String voter, Vote vote, Instant at) {
		var now = at.atOffset(ZoneOffset.UTC);
		int added = jdbc.sql(INSERT)
			.param("comment", commentId)
			.param("voter", voter)
			.param("value", vote.name())
			.param("at", now)
			.update();
		if (added == 1) {
			return vote == Vote.LIKE ? new CountChange(1, 0) : new CountChange(0, 1);
		}
		int changed = jdbc.sql(CHANGE)
			.param("comment", commentId)
			.param("voter", voter)
			.param("value", vote.name())
			.param("at", now)
			.update();
		if (changed == 0) {
			return new CountChange(0, 0);
		}
		return vote == Vote.LIKE ? new CountChange(1, -1) : new CountChange(-1, 1);
	}

}
