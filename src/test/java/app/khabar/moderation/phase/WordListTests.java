package app.khabar.moderation.phase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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

	@Test
	void aPatternIsSearchedInTheFoldedTextAndAnswersWhatItFound() {
		var phones = WordList.of(List.of("/(?<!\\d)0?9\\d{2}(?:[ -]?\\d){7}(?!\\d)/", "/@[a-z]\\w{4,}/"));

		assertThat(phones.firstMatch("زنگ بزنید ۰۹۱۲ ۳۴۵ ۶۷۸۹ فوری")).contains("0912 345 6789");
		assertThat(phones.firstMatch("زنگ بزنید ٠٩١٢-٣٤٥-٦٧٨٩")).contains("0912-345-6789");
		assertThat(phones.firstMatch("کانال ما: @Khabar_Fori")).contains("@khabar_fori");
		assertThat(phones.firstMatch("در سال ۱۴۰۲ نرخ ۹۱۲ هزار تومان بود")).isEmpty();
		assertThat(phones.isEmpty()).isFalse();
	}

	@Test
	void wordsAreLookedUpBeforePatterns() {
		var list = WordList.of(List.of("/\\d{4}/", "کلاهبردار"));

		assertThat(list.firstMatch("کلاهبردار ۱۲۳۴")).contains("کلاهبردار");
		assertThat(list.firstMatch("فقط ۱۲۳۴")).contains("1234");
	}

	@Test
	void onlyAnEntryBetweenSlashesIsAPatternAndABrokenOneMatchesNothing() {
		assertThat(WordList.isPattern("/t\\.me/")).isTrue();
		assertThat(WordList.isPattern(" /x/ ")).isTrue();
		assertThat(WordList.isPattern("//")).isFalse();
		assertThat(WordList.isPattern("/نیمه")).isFalse();
		assertThat(WordList.compile("/(unclosed/")).isEmpty();
		assertThat(WordList.compile("/" + "a".repeat(WordList.MAX_PATTERN + 1) + "/")).isEmpty();

		var broken = WordList.of(List.of("/(unclosed/"));
		assertThat(broken.isEmpty()).isTrue();
		assertThat(broken.firstMatch("(unclosed")).isEmpty();
	}

	@Test
	void aPatternThatBacktracksWithoutEndRunsOutOfStepsAndMatchesNothing() {
		var catastrophic = WordList.of(List.of("/(a+)+b/", "/c$/"));
		String text = "a".repeat(5000) + "c";

		long started = System.nanoTime();
		assertThat(catastrophic.firstMatch(text)).contains("c");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
	}

}
