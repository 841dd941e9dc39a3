package app.khabar.moderation.phase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class WordListTests {

	final WordList list = WordList.of(List.of("بی‌شرف", "کثافت", "سود تضمینی", "100 درصد", "Casino", "  "));

	@ParameterizedTest
	@ValueSource(strings = { "تو بی‌شرف هستی", "تو بي‌شرف هستی", "تو بی شرف هستی", "تو بیشرف هستی",
			"تو بی\u00A0شرف هستی", "تو بیــشرف هستی", "تو بیِ‌شَرَف هستی", "بی‌شرف!" })
	void matchesAWordWithArabicLettersZwnjSpaceNothingTatweelOrDiacritics(String text) {
		assertThat(list.firstMatch(text)).contains("بی‌شرف");
	}

	@Test
	void matchesArabicKafAndYeh() {
		assertThat(list.firstMatch("چه كثافتي! نه، كثافت")).contains("کثافت");
	}

	@Test
	void matchesPhrasesHoweverTheirWordsAreJoined() {
		assertThat(list.firstMatch("سود تضمینی بگیرید")).contains("سود تضمینی");
		assertThat(list.firstMatch("سود‌تضمینی بگیرید")).contains("سود تضمینی");
		assertThat(list.firstMatch("سودتضمینی بگیرید")).contains("سود تضمینی");
		assertThat(list.firstMatch("سود   تضمینی بگیرید")).contains("سود تضمینی");
	}

	@Test
	void matchesDigitsInAnyScriptAndLatinInAnyCase() {
		assertThat(list.firstMatch("۱۰۰ درصد واقعی")).contains("100 درصد");
		assertThat(list.firstMatch("١٠٠ درصد واقعی")).contains("100 درصد");
		assertThat(list.firstMatch("online CASINO")).contains("Casino");
	}

	@Test
	void doesNotMatchAWordInsideALongerWord() {
		assertThat(list.firstMatch("سودان و آسودگی تضمینی نیست")).isEmpty();
		assertThat(list.firstMatch("بی‌شرفی")).isEmpty();
		assertThat(list.firstMatch("۱۰۰۰ درصد")).isEmpty();
		assertThat(list.firstMatch("casinos")).isEmpty();
	}

	@Test
	void anEmptyListMatchesNothing() {
		assertThat(WordList.empty().firstMatch("بی‌شرف")).isEmpty();
		assertThat(WordList.of(List.of(" ", "")).isEmpty()).isTrue();
	}

}
