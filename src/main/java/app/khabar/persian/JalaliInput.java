package app.khabar.persian;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.PersianCalendar;

/**
 * Jalali dates and times in Iran time as people type them in a form (the newsroom's
 * schedule, the search's date range): {@code ۱۴۰۴/۰۹/۰۵ ۱۴:۳۰} (Persian, Arabic-Indic or
 * Latin digits; {@code /}, {@code -} or {@code .} between date parts), or as the site
 * writes it, {@code ۱۴:۳۰ - ۱۴۰۴/۰۹/۰۵}. ICU does the calendar, strictly: a day that does
 * not exist (the 30th of Esfand in a common year, the 31st of Mehr) is refused, never
 * rolled over into the next month.
 */
public final class JalaliInput {

	private static final String DATE = "(\\d{4})\\s*[/\\-.]\\s*(\\d{1,2})\\s*[/\\-.]\\s*(\\d{1,2})";

	private static final String TIME = "(\\d{1,2})\\s*:\\s*(\\d{2})";

	private static final Pattern DATE_THEN_TIME = Pattern.compile(DATE + "(?:\\s*(?:-|،|,|\\s)\\s*" + TIME + ")?");

	private static final Pattern TIME_THEN_DATE = Pattern.compile(TIME + "\\s*(?:-|،|,|\\s)\\s*" + DATE);

	private JalaliInput() {
	}

	/**
	 * The instant of a typed Jalali date-time (midnight if only a date is given); empty
	 * if it is not one.
	 */
	public static Optional<Instant> parse(String text) {
		String latin = PersianDigits.toLatin(text).strip();
		Matcher m = DATE_THEN_TIME.matcher(latin);
		if (m.matches()) {
			return of(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5));
		}
		m = TIME_THEN_DATE.matcher(latin);
		if (m.matches()) {
			return of(m.group(3), m.group(4), m.group(5), m.group(1), m.group(2));
		}
		return Optional.empty();
	}

	/** The start of the next Jalali day in Iran time, from the start of a day. */
	public static Instant nextDay(Instant startOfDay) {
		PersianCalendar calendar = new PersianCalendar(JalaliDates.TEHRAN, JalaliDates.PERSIAN);
		calendar.setTime(Date.from(startOfDay));
		calendar.add(Calendar.DAY_OF_MONTH, 1);
		return calendar.getTime().toInstant();
	}

	/** As the field shows it: {@code ۱۴۰۴/۰۹/۰۵ ۱۴:۳۰}. */
	public static String format(Instant instant) {
		SimpleDateFormat format = new SimpleDateFormat("yyyy/MM/dd HH:mm", JalaliDates.PERSIAN);
		format.setTimeZone(JalaliDates.TEHRAN);
		return PersianDigits.toPersian(format.format(Date.from(instant)));
	}

	private static Optional<Instant> of(String year, String month, String day, String hour, String minute) {
		int y = Integer.parseInt(year);
		int mo = Integer.parseInt(month);
		int d = Integer.parseInt(day);
		int h = hour == null ? 0 : Integer.parseInt(hour);
		int mi = minute == null ? 0 : Integer.parseInt(minute);
		if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) {
			return Optional.empty();
		}
		PersianCalendar calendar = new PersianCalendar(JalaliDates.TEHRAN, JalaliDates.PERSIAN);
		// ICU is lenient by default and would turn 1402/12/30 into 1403/01/01
		calendar.setLenient(false);
		calendar.clear();
		calendar.set(y, mo - 1, d, h, mi, 0);
		calendar.set(Calendar.MILLISECOND, 0);
		try {
			return Optional.of(Instant.ofEpochMilli(calendar.getTimeInMillis()));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
