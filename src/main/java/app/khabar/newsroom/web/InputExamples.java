package app.khabar.newsroom.web;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import app.khabar.persian.JalaliInput;

/** Examples the newsroom's date fields show: this time tomorrow, so never in the past. */
final class InputExamples {

	private InputExamples() {
	}

	/** As a Jalali date-time field wants it, e.g. {@code ۱۴۰۵/۰۹/۱۲ ۰۹:۳۰}. */
	static String dateTime() {
		return JalaliInput.format(Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS));
	}

}
