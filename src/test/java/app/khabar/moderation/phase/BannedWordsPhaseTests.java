package app.khabar.moderation.phase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.khabar.comment.spi.ReasonCode;
import app.khabar.comment.spi.Verdict;

class BannedWordsPhaseTests {

	final BannedWordsPhase phase = new BannedWordsPhase(WordList.of(List.of("بی‌شرف", "کلاهبردار")));

	@Test
	void refusesATextWithABannedWordHoweverItIsTyped() {
		for (var text : List.of("او بی‌شرف است", "او بي شرف است", "او بیشرف است", "او بیـــشرف است",
				"او بِی‌شَرَف است")) {
			assertThat(phase.apply(Submissions.ordinary().text(text).build())).as(text)
				.contains(new Verdict.Reject(ReasonCode.BANNED_WORD, "بی‌شرف"));
		}
	}

	@Test
	void refusesABannedWordInTheName() {
		assertThat(phase.apply(Submissions.ordinary().name("كلاهبردار").build()))
			.contains(new Verdict.Reject(ReasonCode.BANNED_WORD, "کلاهبردار"));
	}

	@Test
	void passesCleanText() {
		assertThat(phase.apply(Submissions.ordinary().build())).isEmpty();
	}

}
