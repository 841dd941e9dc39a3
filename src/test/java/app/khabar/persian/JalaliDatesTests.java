package app.khabar.persian;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JalaliDatesTests {

	@ParameterizedTest
	@CsvSource({ "2023-06-06T06:00:00Z, ۰۹:۳۰ - ۱۴۰۲/۰۳/۱۶", // the reference page's
																// comment time
			"2024-03-20T03:06:00Z, ۰۶:۳۶ - ۱۴۰۳/۰۱/۰۱", // Nowruz 1403 at the equinox,
														// Tehran time
			"2023-03-20T20:29:59Z, ۲۳:۵۹ - ۱۴۰۱/۱۲/۲۹", // last minute of 1401 in Tehran
			"2025-03-20T20:30:00Z, ۰۰:۰۰ - ۱۴۰۴/۰۱/۰۱" })
	void writesTimeAndDateAsPersianPortalsDo(Instant instant, String expected) {
		assertThat(JalaliDates.format(instant)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "7, ۷", "1402, ۱۴۰۲", "0, ۰" })
	void writesNumbersWithPersianDigits(long number, String expected) {
		assertThat(PersianDigits.format(number)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "'ساعت 9 و ٣٠ دقیقه', 'ساعت ۹ و ۳۰ دقیقه'", "'۱۲۳', '۱۲۳'" })
	void turnsLatinAndArabicIndicDigitsPersian(String text, String expected) {
		assertThat(PersianDigits.toPersian(text)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "'۱۴۰۲/۰۳/۱۶', '1402/03/16'", "'٢٠٢٣', '2023'" })
	void turnsPersianAndArabicIndicDigitsLatin(String text, String expected) {
		assertThat(PersianDigits.toLatin(text)).isEqualTo(expected);
	}

}
