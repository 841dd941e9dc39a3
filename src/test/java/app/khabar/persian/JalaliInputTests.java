package app.khabar.persian;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JalaliInputTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "۱۴۰۴/۰۹/۰۵ ۱۴:۳۰|2025-11-26T11:00:00Z", // Persian
																					// digits
			"١٤٠٤/٠٩/٠٥ ١٤:٣٠|2025-11-26T11:00:00Z", // Arabic-Indic digits
			"1404/9/5 14:30|2025-11-26T11:00:00Z", // Latin digits, no leading zeros
			"۱۴۰۴-۰۹-۰۵ - ۱۴:۳۰|2025-11-26T11:00:00Z", "۱۴:۳۰ - ۱۴۰۴/۰۹/۰۵|2025-11-26T11:00:00Z", // as
																									// the
																									// site
																									// writes
																									// it
			"۱۴۰۳/۱۲/۳۰ ۰۰:۰۰|2025-03-19T20:30:00Z", // 1403 is a leap year: Esfand has 30
														// days
			"۱۴۰۲/۰۳/۱۶ ۰۹:۳۰|2023-06-06T06:00:00Z", "۱۴۰۴/۰۱/۰۱|2025-03-20T20:30:00Z" })
	void readsJalaliInputInIranTime(String text, Instant expected) {
		assertThat(JalaliInput.parse(text)).contains(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "۱۴۰۲/۱۲/۳۰ ۱۰:۰۰", // 1402 is a common year: no 30 Esfand
			"۱۴۰۴/۰۷/۳۱ ۱۰:۰۰", // Mehr has 30 days
			"۱۴۰۴/۱۳/۰۱ ۱۰:۰۰", "۱۴۰۴/۰۹/۰۵ ۲۴:۰۰", "۱۴۰۴/۰۹/۰۵ ۱۰:۶۰", "فردا ساعت ده", "", "2025-11-26T11:00:00Z",
			"۱۴۰۴/۰۰/۱۰ ۱۰:۰۰" })
	void refusesWhatIsNoJalaliDateTime(String text) {
		assertThat(JalaliInput.parse(text)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "2025-11-26T11:00:00Z, ۱۴۰۴/۰۹/۰۵ ۱۴:۳۰" })
	void writesWhatItReads(Instant instant, String text) {
		assertThat(JalaliInput.format(instant)).isEqualTo(text);
		assertThat(JalaliInput.parse(text)).contains(instant);
	}

}
