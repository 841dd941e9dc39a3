package app.khabar.moderation.phase;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import app.khabar.comment.spi.ReasonCode;
import app.khabar.comment.spi.Verdict;

class RepeatPhaseTests {

	final RepeatPhase phase = new RepeatPhase();

	@Test
	void holdsTheSameTextAgainOnTheSameArticleEvenRetyped() {
		var submission = Submissions.ordinary()
			.text("دولت باید پاسخگو باشد!")
			.recentTexts("نظر دیگری", "دولت  بايد پاسخگو باشد")
			.build();
		assertThat(phase.apply(submission)).contains(new Verdict.Hold(ReasonCode.REPEAT));
	}

	@Test
	void passesANewText() {
		assertThat(phase
			.apply(Submissions.ordinary().text("دولت باید پاسخ دهد").recentTexts("دولت باید پاسخگو باشد").build()))
			.isEmpty();
		assertThat(phase.apply(Submissions.ordinary().build())).isEmpty();
	}

}
