package app.khabar.moderation.phase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import app.khabar.article.ModerationMode;
import app.khabar.comment.spi.ReasonCode;
import app.khabar.comment.spi.Verdict;

class ScreeningPipelineTests {

	final ScreeningPipeline pipeline = ScreeningPipeline.standard(new ScreeningRules(WordList.of(List.of("بی‌شرف")),
			WordList.of(List.of("وام فوری")), 2, 5, Duration.ofMinutes(10)));

	static final String LINKS = " https://a.example/1 https://b.example/2";

	@Test
	void runsThePhasesInTheDocumentedOrder() {
		assertThat(pipeline.phases()).extracting(phase -> phase.getClass().getSimpleName())
			.containsExactly("BannedCommenterPhase", "BannedWordsPhase", "RiskPhase", "SuspectWordsPhase", "LinksPhase",
					"RepeatPhase", "FloodPhase", "LowRiskPhase", "ArticleModePhase");
	}

	@Test
	void theModelsScoreHoldsRefusesOrPassesByTheThresholds() {
		var withModel = ScreeningPipeline.standard(new ScreeningRules(WordList.of(List.of("بی‌شرف")),
				WordList.of(List.of("وام فوری")), 2, 5, Duration.ofMinutes(10), 0.2, 0.8, 0.95));

		assertThat(withModel.screen(Submissions.ordinary().mode(ModerationMode.POST).risk(0.93, "احمق").build()))
			.as("held even on a post-moderated article")
			.isEqualTo(new Verdict.Hold(ReasonCode.LIKELY_OFFENSIVE, "۰٫۹۳ — احمق"));
		assertThat(withModel.screen(Submissions.ordinary().risk(0.97, "احمق", "خفه شو").build()))
			.isEqualTo(new Verdict.Reject(ReasonCode.LIKELY_OFFENSIVE, "۰٫۹۷ — احمق، خفه شو"));
		assertThat(withModel.screen(Submissions.ordinary().mode(ModerationMode.PRE).risk(0.05).build()))
			.as("a low score passes a pre-moderated comment")
			.isEqualTo(new Verdict.Publish());
		assertThat(
				withModel.screen(Submissions.ordinary().mode(ModerationMode.PRE).text("وام فوری").risk(0.05).build()))
			.as("but never overrides a rule that holds")
			.isEqualTo(new Verdict.Hold(ReasonCode.SUSPECT_WORD, "وام فوری"));
		assertThat(withModel.screen(Submissions.ordinary().mode(ModerationMode.PRE).risk(0.5).build()))
			.isEqualTo(new Verdict.Hold(ReasonCode.PREMODERATION));
		assertThat(pipeline.screen(Submissions.ordinary().mode(ModerationMode.POST).risk(0.99).build()))
			.as("no thresholds: the score decides nothing")
			.isEqualTo(new Verdict.Publish());
	}

	@Test
	void anOrdinaryCommentFollowsTheArticlesMode() {
		assertThat(pipeline.screen(Submissions.ordinary().mode(ModerationMode.POST).build()))
			.isEqualTo(new Verdict.Publish());
		assertThat(pipeline.screen(Submissions.ordinary().mode(ModerationMode.PRE).build()))
			.isEqualTo(new Verdict.Hold(ReasonCode.PREMODERATION));
	}

	@Test
	void aBannedCommenterIsRefusedBeforeAnyOtherCheck() {
		var everything = Submissions.ordinary().clientBanned().nameBanned().text("بی‌شرف! وام فوری" + LINKS).build();
		assertThat(pipeline.screen(everything)).isEqualTo(new Verdict.Reject(ReasonCode.BANNED_CLIENT));
	}

	@Test
	void aBannedWordRefusesEvenWhenHoldsWouldApply() {
		var submission = Submissions.ordinary()
			.text("بي شرف! وام فوری" + LINKS)
			.recentTexts("بي شرف! وام فوری" + LINKS)
			.build();
		assertThat(pipeline.screen(submission)).isEqualTo(new Verdict.Reject(ReasonCode.BANNED_WORD, "بی‌شرف"));
	}

	@Test
	void contentHoldsComeBeforeRepeatAndFlood() {
		var now = Submissions.NOW;
		var submission = Submissions.ordinary()
			.text("وام‌فوری" + LINKS)
			.recentTexts("وام‌فوری" + LINKS)
			.recentSubmissions(now.minusSeconds(1), now.minusSeconds(2), now.minusSeconds(3), now.minusSeconds(4))
			.build();
		assertThat(pipeline.screen(submission)).isEqualTo(new Verdict.Hold(ReasonCode.SUSPECT_WORD, "وام فوری"));
		assertThat(pipeline.screen(Submissions.ordinary().text("ببینید" + LINKS).recentTexts("ببینید" + LINKS).build()))
			.isEqualTo(new Verdict.Hold(ReasonCode.LINKS, "2"));
	}

	@Test
	void theFirstFirmVerdictWinsAndLaterPhasesDoNotRun() {
		var ran = new ArrayList<String>();
		ScreeningPhase pass = s -> {
			ran.add("pass");
			return Optional.empty();
		};
		ScreeningPhase hold = s -> {
			ran.add("hold");
			return Optional.of(new Verdict.Hold(ReasonCode.FLOOD));
		};
		ScreeningPhase publish = s -> {
			ran.add("publish");
			return Optional.of(new Verdict.Publish());
		};

		var verdict = new ScreeningPipeline(List.of(pass, hold, publish)).screen(Submissions.ordinary().build());

		assertThat(verdict).isEqualTo(new Verdict.Hold(ReasonCode.FLOOD));
		assertThat(ran).containsExactly("pass", "hold");
	}

	@Test
	void aPipelineWithNoFirmVerdictHoldsRatherThanPublishes() {
		assertThat(new ScreeningPipeline(List.of(s -> Optional.empty())).screen(Submissions.ordinary().build()))
			.isEqualTo(new Verdict.Hold(ReasonCode.PREMODERATION));
	}

}
