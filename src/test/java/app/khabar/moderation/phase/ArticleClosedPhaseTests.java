package app.khabar.moderation.phase;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import app.khabar.comment.spi.ReasonCode;
import app.khabar.comment.spi.Verdict;

class ArticleClosedPhaseTests {

	final ArticleClosedPhase phase = new ArticleClosedPhase();

	@Test
	void refusesEveryCommentOnAClosedArticle() {
		assertThat(phase.apply(Submissions.ordinary().closed().build()))
			.contains(new Verdict.Reject(ReasonCode.ARTICLE_CLOSED));
	}

	@Test
	void passesCommentsOnAnOpenArticle() {
		assertThat(phase.apply(Submissions.ordinary().build())).isEmpty();
	}

}
