package app.khabar.moderation.phase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.khabar.comment.spi.ReasonCode;
import app.khabar.comment.spi.Verdict;

class SuspectWordsPhaseTests {

	final SuspectWordsPhase phase = new SuspectWordsPhase(WordList.of(List.of("رمز ارز", "وام فوری", "سود تضمینی")));

	@Test
	void holdsATextWithASuspectPhrase() {
		assertThat(phase.apply(Submissions.ordinary().text("با رمزارز پول‌دار شوید! همین حالا").build()))
			.contains(new Verdict.Hold(ReasonCode.SUSPECT_WORD, "رمز ارز"));
		assertThat(phase.apply(Submissions.ordinary().text("وام‌فوری بدون ضامن").build()))
			.contains(new Verdict.Hold(ReasonCode.SUSPECT_WORD, "وام فوری"));
	}

	@Test
	void passesWhenTheWordsAreOnlyPartOfLongerWords() {
		assertThat(phase.apply(Submissions.ordinary().text("سودان و آسودگی، تضمینی نیست").build())).isEmpty();
	}

	@Test
	void passesCleanText() {
		assertThat(phase.apply(Submissions.ordinary().build())).isEmpty();
	}

}
