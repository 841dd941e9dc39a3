package app.khabar.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExcerptTests {

	@Test
	void keepsShortTextsWholeAndFlat() {
		assertThat(Excerpt.of("  باران   امسال\nزود آمد ")).isEqualTo("باران امسال زود آمد");
	}

	@Test
	void cutsAtAWholeWordWithAnEllipsis() {
		assertThat(Excerpt.of("جادهٔ هراز امروز بسته شد", 12)).isEqualTo("جادهٔ هراز…");
	}

	@Test
	void cutsOneLongWordInsideButNeverBetweenASurrogatePair() {
		assertThat(Excerpt.of("خیلیییییییییییییی", 8)).isEqualTo("خیلییییی…");
		String emoji = "ab\uD83D\uDE00cd";
		assertThat(Excerpt.of(emoji, 3)).isEqualTo("ab…");
	}

}
