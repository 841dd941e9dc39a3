package app.khabar.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import app.khabar.article.ArticleImport;
import app.khabar.shared.KhabarException;

/**
 * One vote per reader per comment, changeable, with the counts moving exactly.
 */
@SpringBootTest(properties = "khabar.comment.vote-limit=100000")
class CommentVotesIntegrationTests {

	@Autowired
	CommentVotes votes;

	@Autowired
	CommentImport comments;

	@Autowired
	CommentThreads threads;

	@Autowired
	ArticleImport articles;

	long article;

	long comment;

	@BeforeEach
	void aPublishedComment() {
		article = CommentTestArticles.article(articles, CommentTestArticles.premoderated());
		comment = comments.store(article, null, "مهسا", "تحلیل دقیقی بود.", "IR", CommentStatus.PUBLISHED,
				CommentTestArticles.PUBLISHED, 0, 0);
	}

	@Test
	void aVoteCountsOnceAndAChangedVoteMovesBothCounts() {
		long version = threads.countsOf(article).version();
		String reader = "reader-aaaaaaaaaaaaaaaa";

		assertThat(vote(reader, Vote.LIKE)).extracting(VoteCounts::likes, VoteCounts::dislikes).containsExactly(1, 0);
		assertThat(vote(reader, Vote.LIKE)).extracting(VoteCounts::likes, VoteCounts::dislikes).containsExactly(1, 0);
		assertThat(vote(reader, Vote.DISLIKE)).extracting(VoteCounts::likes, VoteCounts::dislikes)
			.containsExactly(0, 1);
		assertThat(vote("reader-bbbbbbbbbbbbbbbb", Vote.DISLIKE)).extracting(VoteCounts::likes, VoteCounts::dislikes)
			.containsExactly(0, 2);
		assertThat(threads.countsOf(article).version()).as("votes move the thread's version").isGreaterThan(version);
		assertThat(threads.of(article).comments().getFirst().dislikes()).isEqualTo(2);
	}

	@Test
	void aCommentThatIsNotPublishedTakesNoVote() {
		long pending = comments.store(article, null, null, "در انتظار بررسی", "IR", CommentStatus.PENDING,
				CommentTestArticles.PUBLISHED, 0, 0);

		assertThatThrownBy(() -> vote(pending, "reader-aaaaaaaaaaaaaaaa", Vote.LIKE)).isInstanceOfSatisfying(
				KhabarException.class, ex -> assertThat(ex.code()).isEqualTo(CommentError.COMMENT_NOT_FOUND));
		assertThatThrownBy(() -> vote(comment, "<script>", Vote.LIKE)).isInstanceOfSatisfying(KhabarException.class,
				ex -> assertThat(ex.code()).isEqualTo(CommentError.INVALID_VOTE));
	}

	VoteCounts vote(String voter, Vote vote) {
		return vote(comment, voter, vote);
	}

	VoteCounts vote(long commentId, String voter, Vote vote) {
		return votes.vote(commentId, voter, CommentPostingIntegrationTests.newReader().client(), vote);
	}

}
