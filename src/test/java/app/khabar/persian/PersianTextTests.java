package app.khabar.persian;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersianTextTests {

	static final String ZWNJ = "\u200C";

	static final String NBSP = "\u00A0";

	static Stream<Arguments> normalizations() {
		return Stream.of(
				// letters: Arabic yeh, alef maksura, yeh barree, kaf → Persian; ئ kept
				Arguments.of("علي مي‌رود", "علی می‌رود"), //
				Arguments.of("موسى", "موسی"), //
				Arguments.of("هاے", "های"), //
				Arguments.of("كتاب كودك", "کتاب کودک"), //
				Arguments.of("مسئله و پائیز", "مسئله و پائیز"), //
				Arguments.of("بيانيه اي", "بیانیه ای"), //
				// ezafe: ۀ and هٔ store alike; heh goal; teh marbuta kept for storage
				Arguments.of("خانۀ ما", "خانهٔ ما"), //
				Arguments.of("خانهٔ ما", "خانهٔ ما"), //
				Arguments.of("زادہ", "زاده"), //
				Arguments.of("دایرةالمعارف", "دایرةالمعارف"), //
				// a combining hamza after yeh is the letter ئ; elsewhere it is a stray
				// mark
				Arguments.of("مسی\u0654له", "مسئله"), //
				// tatweel and diacritics out
				Arguments.of("ســــلام", "سلام"), //
				Arguments.of("اِعلام کَرد", "اعلام کرد"), //
				Arguments.of("ولداً ولدٍ ولدٌ", "ولدا ولد ولد"), //
				Arguments.of("محمّد", "محمد"), //
				Arguments.of("نلْسون", "نلسون"), //
				Arguments.of("رحمٰن", "رحمن"), //
				// digits: Arabic-Indic → Persian, Latin and Persian kept as typed
				Arguments.of("سال ٢٠٢٣ و 1402 و ۱۴۰۲", "سال ۲۰۲۳ و 1402 و ۱۴۰۲"), //
				// presentation forms → base letters
				Arguments.of("\uFEB3\uFEFC\uFEE1", "سلام"), //
				Arguments.of("\uFB90\uFEAE\uFEA9", "کرد"), //
				Arguments.of("\uFBFE\uFB8A", "یژ"), //
				Arguments.of("\uFDFD", "بسم الله الرحمن الرحیم"), //
				Arguments.of("ب\uFE76", "ب"), //
				// spaces and controls
				Arguments.of("مي" + NBSP + "كند", "می کند"), //
				Arguments.of("الف\u2009ب\u202Fپ", "الف ب پ"), //
				Arguments.of("سطر اول\r\nسطر دوم\rسوم", "سطر اول\nسطر دوم\nسوم"), //
				Arguments.of("ستون\tدوم\u0007\u0000", "ستون\tدوم"), //
				Arguments.of("\u202Bمتن\u202C \u2067جدا\u2069 \u202Eبرعکس", "متن جدا برعکس"), //
				Arguments.of("\uFEFFسلام\u200Bدنیا\u00AD", "سلامدنیا"), //
				Arguments.of("C++\u200F است", "C++\u200F است"), //
				// ZWNJ: kept, collapsed, dropped next to whitespace and at the ends
				Arguments.of("همکاری" + ZWNJ + "ها", "همکاری" + ZWNJ + "ها"), //
				Arguments.of("کاروان" + ZWNJ + ZWNJ + "سرا", "کاروان" + ZWNJ + "سرا"), //
				Arguments.of("سلام " + ZWNJ + ZWNJ + "دنیا", "سلام دنیا"), //
				Arguments.of("سلام" + ZWNJ + ZWNJ + " دنیا", "سلام دنیا"), //
				Arguments.of(ZWNJ + ZWNJ + "کاروان" + ZWNJ + "سرا" + ZWNJ, "کاروان" + ZWNJ + "سرا"), //
				Arguments.of("می" + ZWNJ + "\u0640برند", "می" + ZWNJ + "برند"), //
				// what the person typed is otherwise kept
				Arguments.of("  سلام    دنیا  ", "  سلام    دنیا  "), //
				Arguments.of("همکاریها", "همکاریها"), //
				Arguments.of("گفت وگو", "گفت وگو"), //
				Arguments.of("Khabar «خبر»، ۱۰٫۵٪!", "Khabar «خبر»، ۱۰٫۵٪!"), //
				Arguments.of("", ""));
	}

	@ParameterizedTest
	@MethodSource("normalizations")
	void normalizesForStorage(String text, String expected) {
		assertThat(PersianText.normalize(text)).isEqualTo(expected);
	}

	static Stream<Arguments> sameWhenFolded() {
		return Stream.of(
				// the reference page's quirks: no ZWNJ, space or nothing at affix joints
				Arguments.of("بیانیه ای", "بیانیه" + ZWNJ + "ای"), //
				Arguments.of("همکاریها", "همکاری" + ZWNJ + "ها"), //
				Arguments.of("همکاری ها", "همکاری" + ZWNJ + "ها"), //
				Arguments.of("میبرند", "می" + ZWNJ + "برند"), //
				Arguments.of("می برند", "می" + ZWNJ + "برند"), //
				Arguments.of("نمی دانم", "نمیدانم"), //
				Arguments.of("گفت وگو", "گفت" + ZWNJ + "وگو"), //
				Arguments.of("گفتوگو", "گفت" + ZWNJ + "وگو"), //
				Arguments.of("مي" + NBSP + "كند", "می‌کند"), //
				Arguments.of("پرفروش" + NBSP + "ترين", "پرفروش‌ترین"), //
				Arguments.of("بزرگ تر", "بزرگتر"), //
				Arguments.of("کتاب های شان", "کتاب‌هایشان"), //
				Arguments.of("جمعه ها", "جمعه‌ها"), //
				Arguments.of("لحظه هایی", "لحظه‌هایی"), //
				Arguments.of("رفته اند", "رفته‌اند"), //
				Arguments.of("خانه ی ما", "خانه‌ی ما"), //
				Arguments.of("خانۀ ما", "خانه ما"), //
				Arguments.of("خانهٔ ما", "خانه ما"), //
				// letters, digits, case, marks
				Arguments.of("مي‌روم", "می‌روم"), //
				Arguments.of("كتابي", "کتابی"), //
				Arguments.of("سال ۱۴۰۲", "سال 1402"), //
				Arguments.of("سال ١٤٠٢", "سال 1402"), //
				Arguments.of("KHABAR News", "khabar news"), //
				Arguments.of("اِعلام کَرد", "اعلام کرد"), //
				Arguments.of("ســلام", "سلام"), //
				Arguments.of("آمریکا", "امریکا"), //
				Arguments.of("مسؤول", "مسوول"), //
				Arguments.of("پائیز", "پاییز"), //
				Arguments.of("فاطمة", "فاطمه"), //
				Arguments.of("\uFEB3\uFEFC\uFEE1", "سلام"), //
				Arguments.of("سلام    دنیا ", "سلام دنیا"), //
				Arguments.of("C++\u200F است", "c++ است"));
	}

	@ParameterizedTest
	@MethodSource("sameWhenFolded")
	void foldsTypingVariantsAlike(String one, String other) {
		assertThat(PersianText.fold(one)).isEqualTo(PersianText.fold(other));
	}

	static Stream<Arguments> differentWhenFolded() {
		return Stream.of(
				// whole words only: a word that starts or ends like an affix is not one
				Arguments.of("میز", "می ز"), //
				Arguments.of("گل هایل", "گلها یل"), //
				Arguments.of("رنگ تری", "رنگتری"), //
				Arguments.of("کتاب ای", "کتابای"), //
				Arguments.of("کتاب ی", "کتابی"), //
				Arguments.of("زبان", "زب"), //
				Arguments.of("آقای وزیر", "آقایوزیر"), //
				Arguments.of("زندگی و کار", "زندگیوکار"));
	}

	@ParameterizedTest
	@MethodSource("differentWhenFolded")
	void keepsUnrelatedWordsApart(String one, String other) {
		assertThat(PersianText.fold(one)).isNotEqualTo(PersianText.fold(other));
	}

	@Test
	void foldsToGluedAffixesLatinDigitsAndPersianLetters() {
		assertThat(PersianText.fold("همکاري\u00A0هاي ٣ كشور می برند")).isEqualTo("همکاریهای 3 کشور میبرند");
	}

	@Test
	void splitsFoldedTextIntoWordTokens() {
		assertThat(PersianText.foldedTokens("جنبش «جهاد اسلامی» در بیانیه ای، همکاریها را ۲ بار ستود."))
			.containsExactly("جنبش", "جهاد", "اسلامی", "در", "بیانیهای", "همکاریها", "را", "2", "بار", "ستود");
	}

	static Stream<Arguments> slugs() {
		return Stream.of(
				Arguments.of("در دیدار هیات جهاد اسلامی با رهبر انقلاب چه گذشت؟",
						"در-دیدار-هیات-جهاد-اسلامی-با-رهبر-انقلاب"),
				Arguments.of("همکاری‌های «ایران» و چین", "همکاری-های-ایران-و-چین"), //
				Arguments.of("گزارش: ٣ کشته در حادثهٔ جادهٔ چالوس!", "گزارش-۳-کشته-در-حادثه-جاده-چالوس"), //
				Arguments.of("كتاب   ي  Khabar/News?", "کتاب-ی-khabar-news"), //
				Arguments.of("؟!...", "news"), //
				Arguments.of("", "news"), //
				Arguments.of("الف".repeat(50), "الف".repeat(50).substring(0, 80)));
	}

	@ParameterizedTest
	@MethodSource("slugs")
	void makesShortUrlSafeSlugs(String title, String expected) {
		assertThat(PersianText.slug(title)).isEqualTo(expected)
			.matches("[\\p{L}\\p{N}]+(-[\\p{L}\\p{N}]+)*")
			.hasSizeLessThanOrEqualTo(80);
	}

	@Test
	void cutsLongSlugsAtAWord() {
		String slug = PersianText.slug("خبرگزاری ".repeat(20));
		assertThat(slug).isEqualTo(String.join("-", java.util.Collections.nCopies(8, "خبرگزاری")));
		assertThat(PersianText.slug("مذاکره‌کنندگان ".repeat(10))).hasSizeLessThanOrEqualTo(80).doesNotEndWith("-");
	}

	static Stream<String> messyTexts() {
		return Stream.concat(normalizations().map(a -> (String) a.get()[0]),
				Stream.of("\u200C\u200C \u200C", "ي\u0654", "ا\u064E\u0653", "ه\u0654\u0654", "\uFC5E\uFDF2\uFDFA",
						"\r\r\n\n", "ۂ\u200Cها", "می \u200C برند", "همکاري\u00A0\u200Cها"));
	}

	@ParameterizedTest
	@MethodSource("messyTexts")
	void normalizingTwiceChangesNothing(String text) {
		String once = PersianText.normalize(text);
		assertThat(PersianText.normalize(once)).isEqualTo(once);
	}

	@ParameterizedTest
	@MethodSource("messyTexts")
	void foldingTwiceChangesNothing(String text) {
		String once = PersianText.fold(text);
		assertThat(PersianText.fold(once)).isEqualTo(once);
		assertThat(PersianText.fold(PersianText.normalize(text))).isEqualTo(once);
	}

	@ParameterizedTest
	@ValueSource(strings = { "می", "ها", "تر", "هم" })
	void keepsALoneAffixAsAWord(String affix) {
		assertThat(PersianText.fold(affix)).isEqualTo(affix);
	}

}
