package app.khabar.moderation.phase;

import java.util.Optional;

import app.khabar.comment.spi.ReasonCode;
import app.khabar.comment.spi.Verdict;

/** A closed article refuses every comment. */
public final class ArticleClosedPhase implements ScreeningPhase {

	@Override
	public Optional<Verdict> apply(Submission submission) {
		return submission.articleClosed() ? Optional.of(new Verdict.Reject(ReasonCode.ARTICLE_CLOSED))
				: Optional.empty();
	}

}
