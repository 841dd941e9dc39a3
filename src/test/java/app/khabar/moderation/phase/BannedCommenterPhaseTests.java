package app.khabar.moderation.phase;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import app.khabar.comment.spi.ReasonCode;
import app.khabar.comment.spi.Verdict;

class BannedCommenterPhaseTests {

	final BannedCommenterPhase phase = new BannedCommenterPhase();

	@Test
	void refusesABannedClient() {
		assertThat(phase.apply(Submissions.ordinary().clientBanned().build()))
			.contains(new Verdict.Reject(ReasonCode.BANNED_CLIENT));
	}

	@Test
	void refusesABannedNameShowingItToModerators() {
		assertThat(phase.apply(Submissions.ordinary().name("اسپمر").nameBanned().build()))
			.contains(new Verdict.Reject(ReasonCode.BANNED_NAME, "اسپمر"));
	}

	@Test
	void theClientBanComesFirst() {
		assertThat(phase.apply(Submissions.ordinary().clientBanned().nameBanned().build()))
			.contains(new Verdict.Reject(ReasonCode.BANNED_CLIENT));
	}

	@Test
	void passesEveryoneElse() {
		assertThat(phase.apply(Submissions.ordinary().build())).isEmpty();
	}

}
