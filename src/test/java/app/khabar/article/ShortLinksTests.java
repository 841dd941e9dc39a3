package app.khabar.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShortLinksTests {

	@Test
	void writesTheIdInBase36AndReadsItBack() {
		assertThat(ShortLinks.path(12345)).isEqualTo("/x/9ix");
		assertThat(ShortLinks.idOf("9ix")).contains(12345L);
		assertThat(ShortLinks.idOf("9IX")).contains(12345L);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "0", "9i-x", "خبر", "zzzzzzzzzzzzz", "۱۲" })
	void refusesWhatIsNoShortCode(String code) {
		assertThat(ShortLinks.idOf(code)).isEmpty();
	}

}
