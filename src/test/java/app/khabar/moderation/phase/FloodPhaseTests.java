package app.khabar.moderation.phase;

import static app.khabar.moderation.phase.Submissions.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import app.khabar.comment.spi.ReasonCode;
import app.khabar.comment.spi.Verdict;

class FloodPhaseTests {

	final FloodPhase phase = new FloodPhase(3, Duration.ofMinutes(10));

	@Test
	void holdsTheCommentThatReachesTheLimitWithinTheWindow() {
		var submission = Submissions.ordinary()
			.recentSubmissions(NOW.minusSeconds(30), NOW.minus(Duration.ofMinutes(9)))
			.build();
		assertThat(phase.apply(submission)).contains(new Verdict.Hold(ReasonCode.FLOOD, "3"));
	}

	@Test
	void forgetsSubmissionsOutsideTheWindow() {
		var submission = Submissions.ordinary()
			.recentSubmissions(NOW.minusSeconds(30), NOW.minus(Duration.ofMinutes(11)), NOW.minus(Duration.ofHours(1)))
			.build();
		assertThat(phase.apply(submission)).isEmpty();
		assertThat(phase.apply(Submissions.ordinary().build())).isEmpty();
	}

}
