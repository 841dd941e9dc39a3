package app.khabar.moderation.phase;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import app.khabar.article.ModerationMode;
import app.khabar.comment.spi.ReasonCode;
import app.khabar.comment.spi.Verdict;

class ArticleModePhaseTests {

	final ArticleModePhase phase = new ArticleModePhase();

	@Test
	void preModerationHoldsEveryComment() {
		assertThat(phase.apply(Submissions.ordinary().mode(ModerationMode.PRE).build()))
			.contains(new Verdict.Hold(ReasonCode.PREMODERATION));
	}

	@Test
	void postModerationPublishes() {
		assertThat(phase.apply(Submissions.ordinary().mode(ModerationMode.POST).build()))
			.contains(new Verdict.Publish());
	}

}
