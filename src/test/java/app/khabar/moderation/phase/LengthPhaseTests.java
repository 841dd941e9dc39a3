package app.khabar.moderation.phase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import app.khabar.comment.spi.ReasonCode;
import app.khabar.comment.spi.Verdict;

class LengthPhaseTests {

	final LengthPhase phase = new LengthPhase(3, 20);

	@Test
	void refusesATextShorterThanTheMinimumIgnoringSpacesAtTheEnds() {
		assertThat(phase.apply(Submissions.ordinary().text("  خب \n").build()))
			.contains(new Verdict.Reject(ReasonCode.TOO_SHORT, "3"));
	}

	@Test
	void refusesATextLongerThanTheMaximum() {
		assertThat(phase.apply(Submissions.ordinary().text("این نظر از بیست نویسه بلندتر است").build()))
			.contains(new Verdict.Reject(ReasonCode.TOO_LONG, "20"));
	}

	@Test
	void countsCharactersNotUtf16Units() {
		// three emoji are six UTF-16 units but three characters
		assertThat(phase.apply(Submissions.ordinary().text("👍👍👍").build())).isEmpty();
		assertThat(new LengthPhase(1, 3).apply(Submissions.ordinary().text("👍👍👍").build())).isEmpty();
	}

	@Test
	void passesATextWithinTheBoundsInclusive() {
		assertThat(phase.apply(Submissions.ordinary().text("عالی").build())).isEmpty();
		assertThat(phase.apply(Submissions.ordinary().text("۱۲۳").build())).isEmpty();
		assertThat(phase.apply(Submissions.ordinary().text("ا".repeat(20)).build())).isEmpty();
	}

	@Test
	void refusesImpossibleBounds() {
		assertThatThrownBy(() -> new LengthPhase(0, 10)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new LengthPhase(10, 5)).isInstanceOf(IllegalArgumentException.class);
	}

}
