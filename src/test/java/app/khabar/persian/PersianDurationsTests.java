package app.khabar.persian;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersianDurationsTests {

	@ParameterizedTest
	@CsvSource({ "PT124H8M, ۵ روز", // the dashboard once said «۷۴۴۸ دقیقه»
			"PT3H59M, ۳ ساعت", "PT12M30S, ۱۲ دقیقه", "PT40S, ۰ دقیقه", "PT-5M, ۰ دقیقه", "P400D, ۴۰۰ روز" })
	void saysAWaitInItsLargestWholeUnit(Duration age, String expected) {
		assertThat(PersianDurations.format(age)).isEqualTo(expected);
	}

}
