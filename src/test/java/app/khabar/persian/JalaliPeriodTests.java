package app.khabar.persian;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class JalaliPeriodTests {

	@Test
	void knowsWhichEsfandHasAThirtiethDay() {
		assertThat(JalaliPeriod.monthLength(1403, 12)).isEqualTo(30);
		assertThat(JalaliPeriod.monthLength(1402, 12)).isEqualTo(29);
		assertThat(JalaliPeriod.of(1403, 12, 30)).isPresent();
		assertThat(JalaliPeriod.of(1402, 12, 30)).isEmpty();
	}

	@Test
	void monthsHaveTheirOwnLengths() {
		for (int month = 1; month <= 6; month++) {
			assertThat(JalaliPeriod.monthLength(1404, month)).as("month %d", month).isEqualTo(31);
		}
		for (int month = 7; month <= 11; month++) {
			assertThat(JalaliPeriod.monthLength(1404, month)).as("month %d", month).isEqualTo(30);
		}
		assertThat(JalaliPeriod.of(1404, 7, 31)).isEmpty();
		assertThat(JalaliPeriod.of(1404, 6, 31)).isPresent();
	}

	@Test
	void refusesWhatIsNoDate() {
		assertThat(JalaliPeriod.of(1402, 13, 1)).isEmpty();
		assertThat(JalaliPeriod.of(1402, 0, 5)).isEmpty();
		assertThat(JalaliPeriod.of(1402, 1, 32)).isEmpty();
		assertThat(JalaliPeriod.of(99, 1, 1)).isEmpty();
		assertThat(JalaliPeriod.of(1402, -1, 0)).isEmpty();
	}

	@Test
	void aDayRunsFromMidnightToMidnightInTehran() {
		JalaliPeriod nowruz = JalaliPeriod.of(1403, 1, 1).orElseThrow();
		// Tehran is UTC+3:30 (no daylight saving since 1401)
		assertThat(nowruz.start()).isEqualTo(Instant.parse("2024-03-19T20:30:00Z"));
		assertThat(nowruz.end()).isEqualTo(Instant.parse("2024-03-20T20:30:00Z"));
		JalaliPeriod leapDay = JalaliPeriod.of(1403, 12, 30).orElseThrow();
		assertThat(leapDay.end()).isEqualTo(JalaliPeriod.of(1404, 1, 1).orElseThrow().start());
		assertThat(JalaliPeriod.dayOf(leapDay.end().minusSeconds(1))).isEqualTo(leapDay);
		assertThat(JalaliPeriod.dayOf(Instant.parse("2023-06-06T06:00:00Z"))).isEqualTo(new JalaliPeriod(1402, 3, 16));
	}

	@Test
	void stepsOverMonthAndYearEnds() {
		assertThat(new JalaliPeriod(1402, 12, 29).next()).isEqualTo(new JalaliPeriod(1403, 1, 1));
		assertThat(new JalaliPeriod(1403, 12, 29).next()).isEqualTo(new JalaliPeriod(1403, 12, 30));
		assertThat(new JalaliPeriod(1404, 1, 1).previous()).isEqualTo(new JalaliPeriod(1403, 12, 30));
		assertThat(new JalaliPeriod(1403, 7, 1).previous()).isEqualTo(new JalaliPeriod(1403, 6, 31));
		assertThat(new JalaliPeriod(1403, 12, 0).next()).isEqualTo(new JalaliPeriod(1404, 1, 0));
		assertThat(new JalaliPeriod(1403, 1, 0).previous()).isEqualTo(new JalaliPeriod(1402, 12, 0));
		assertThat(new JalaliPeriod(1403, 0, 0).next()).isEqualTo(new JalaliPeriod(1404, 0, 0));
		// a month covers all its days, a year all its months
		assertThat(new JalaliPeriod(1403, 12, 0).end()).isEqualTo(new JalaliPeriod(1404, 1, 1).start());
		assertThat(new JalaliPeriod(1403, 0, 0).start()).isEqualTo(new JalaliPeriod(1403, 1, 1).start());
	}

	@Test
	void writesLatinPathsAndPersianLabels() {
		assertThat(new JalaliPeriod(1403, 2, 5).segments()).isEqualTo("1403/02/05");
		assertThat(new JalaliPeriod(1403, 12, 0).segments()).isEqualTo("1403/12");
		assertThat(new JalaliPeriod(1403, 0, 0).segments()).isEqualTo("1403");
		assertThat(new JalaliPeriod(1403, 12, 30).label()).isEqualTo("۳۰ اسفند ۱۴۰۳");
		assertThat(new JalaliPeriod(1403, 1, 0).label()).isEqualTo("فروردین ۱۴۰۳");
		assertThat(new JalaliPeriod(1403, 0, 0).label()).isEqualTo("۱۴۰۳");
	}

}
