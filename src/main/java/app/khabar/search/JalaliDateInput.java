package app.khabar.search;

import java.text.ParsePosition;
import java.time.Instant;
import java.util.Date;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

import app.khabar.persian.PersianDigits;
import app.khabar.shared.KhabarException;

/**
 * Jalali dates as readers type them in the search form: {@code ۱۴۰۲/۰۳/۰۱}, {@code 1402/3/1}, {@code ١٤٠٢-٠٣-٠١}, in
 * Persian, Arabic-Indic or Latin digits. ICU parses strictly (no 31st of Esfand, no month 13); a date is a day in Iran
 * time.
 */
final class JalaliDateInput {

	private static final Pattern SHAPE = Pattern.compile("\\d{4}[/\\-.]\\d{1,2}[/\\-.]\\d{1,2}");

	private static final ULocale PERSIAN_CALENDAR = new ULocale("en_US@calendar=persian");

	private static final TimeZone TEHRAN = TimeZone.getTimeZone("Asia/Tehran");

	private JalaliDateInput() {
	}

	/** The first instant of that Jalali day in Tehran; null for a blank input. */
	static @Nullable Instant startOfDay(String input) {
		String text = PersianDigits.toLatin(input.strip());
		if (text.isEmpty()) {
			return null;
		}
		if (text.length() > 10 || !SHAPE.matcher(text).matches()) {
			throw new KhabarException(SearchError.INVALID_DATE, input);
		}
		String canonical = text.replace('-', '/').replace('.', '/');
		SimpleDateFormat format = new SimpleDateFormat("y/M/d", PERSIAN_CALENDAR);
		format.setTimeZone(TEHRAN);
		format.setLenient(false);
		ParsePosition position = new ParsePosition(0);
		Date date = format.parse(canonical, position);
		if (date == null || position.getIndex() != canonical.length()) {
			throw new KhabarException(SearchError.INVALID_DATE, input);
		}
		// strict parsing refuses day 31 of a 30-day month, but check the fields round-trip all the same
		Calendar calendar = format.getCalendar();
		calendar.setTime(date);
		String[] parts = canonical.split("/");
		if (calendar.get(Calendar.YEAR) != Integer.parseInt(parts[0])
				|| calendar.get(Calendar.MONTH) + 1 != Integer.parseInt(parts[1])
				|| calendar.get(Calendar.DAY_OF_MONTH) != Integer.parseInt(parts[2])) {
			throw new KhabarException(SearchError.INVALID_DATE, input);
		}
		return date.toInstant();
	}

	/** The first instant after that Jalali day in Tehran; null for a blank input. */
	static @Nullable Instant endOfDay(String input) {
		Instant start = startOfDay(input);
		if (start == null) {
			return null;
		}
		Calendar calendar = Calendar.getInstance(TEHRAN, PERSIAN_CALENDAR);
		calendar.setTime(Date.from(start));
		calendar.add(Calendar.DAY_OF_MONTH, 1);
		return calendar.getTime().toInstant();
	}

}
