package app.khabar.comment;

import java.time.Clock;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.khabar.web.RateLimiter;
import app.khabar.shared.KhabarException;
import app.khabar.web.ClientHash;

/**
 * Likes and dislikes of published comments: one vote per reader per comment, changeable,
 * counted exactly under concurrency. A reader is a long-lived random id (the web layer
 * keeps it in a cookie), not the address hash, because many readers share one address
 * behind mobile carriers' NAT; the address hash only rate-limits votes.
 */
@Service
public class CommentVotes {

	private static final Pattern VOTER = Pattern.compile("[A-Za-z0-9_-]{16,64}");

	private final Comments comments;

	private final Votes votes;

	private final CommentCounters counters;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final RateLimiter perClient;

	CommentVotes(Comments comments, Votes votes, CommentCounters counters, ApplicationEventPublisher events,
			PostingSettings settings, Clock clock) {
		this.comments = comments;
		this.votes = votes;
		this.counters = counters;
		this.events = events;
		this.clock = clock;
		this.perClient = new RateLimiter(settings.voteLimit(), settings.voteWindow());
	}

	/** Whether a voter id is well formed (random, 16 to 64 URL-safe characters). */
	public static boolean isVoterId(String voter) {
		return VOTER.matcher(voter).matches();
	}

	/**
	 * A reader's own votes on an article's published comments, by comment id: what the
	 * cached page cannot say (it is the same for every reader), asked by the page's
	 * script. A malformed voter id has voted on nothing.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Vote> votesOf(long articleId, String voter) {
		return isVoterId(voter) ? votes.ofVoter(articleId, voter) : Map.of();
	}

	/**
	 * Casts or changes {@code voter}'s vote on a published comment and answers the new
	 * counts. The thread's version moves, so cached article pages render again.
	 * @throws KhabarException {@link CommentError#COMMENT_NOT_FOUND},
	 * {@link CommentError#TOO_MANY_VOTES}, {@link CommentError#INVALID_VOTE} for a
	 * malformed voter id
	 */
	@Transactional
	public VoteCounts vote(long commentId, String voter, ClientHash client, Vote vote) {
		if (!isVoterId(voter)) {
			throw new KhabarException(CommentError.INVALID_VOTE);
		}
		var place = comments.placeOf(commentId)
			.filter(p -> p.status() == CommentStatus.PUBLISHED)
			.orElseThrow(() -> new KhabarException(CommentError.COMMENT_NOT_FOUND));
		if (!perClient.tryAcquire(client.value())) {
			throw new KhabarException(CommentError.TOO_MANY_VOTES);
		}
		Votes.CountChange change = votes.cast(commentId, voter, vote, clock.instant());
		if (!change.none()) {
			comments.addVotes(commentId, change.likes(), change.dislikes());
		}
		counters.touch(place.articleId());
		events.publishEvent(new CommentThreadChanged(place.articleId()));
		int[] counts = comments.voteCounts(commentId);
		return new VoteCounts(commentId, place.articleId(), counts[0], counts[1], vote);
	}

}
