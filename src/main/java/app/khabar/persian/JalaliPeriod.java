package app.khabar.persian;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.PersianCalendar;

/**
 * A Jalali year, month or day in Iran time: what an archive page covers. {@code month}
 * and {@code day} are 0 for a whole year or month. ICU does the calendar and says which
 * days exist: 1403 has an Esfand 30, 1402 does not; months 1-6 have 31 days, 7-11 have
 * 30.
 */
public record JalaliPeriod(int year, int month, int day) {

	/**
	 * The years an archive can name: before 1300 or after 1500 there is no news of ours.
	 */
	public static final int FIRST_YEAR = 1300;

	public static final int LAST_YEAR = 1500;

	/**
	 * The period of a year, year and month ({@code day} 0) or day; empty when it is not
	 * one (month 13, the 30th of Esfand in a common year, the 31st of Mehr, a day without
	 * a month).
	 */
	public static Optional<JalaliPeriod> of(int year, int month, int day) {
		if (year < FIRST_YEAR || year > LAST_YEAR || month < 0 || month > 12 || day < 0 || (month == 0 && day != 0)) {
			return Optional.empty();
		}
		if (day > 0 && day > monthLength(year, month)) {
			return Optional.empty();
		}
		return Optional.of(new JalaliPeriod(year, month, day));
	}

	/** The Jalali day, in Iran time, that this instant falls on. */
	public static JalaliPeriod dayOf(Instant instant) {
		PersianCalendar calendar = calendar();
		calendar.setTime(Date.from(instant));
		return new JalaliPeriod(calendar.get(Calendar.EXTENDED_YEAR), calendar.get(Calendar.MONTH) + 1,
				calendar.get(Calendar.DAY_OF_MONTH));
	}

	/** The number of days of a month of a year: 31, 30, or 29/30 for Esfand. */
	public static int monthLength(int year, int month) {
		PersianCalendar calendar = calendar();
		calendar.clear();
		calendar.set(year, month - 1, 1);
		return calendar.getActualMaximum(Calendar.DAY_OF_MONTH);
	}

	public boolean isDay() {
		return day > 0;
	}

	public boolean isMonth() {
		return month > 0 && day == 0;
	}

	public boolean isYear() {
		return month == 0;
	}

	/** Midnight in Tehran that begins the period. */
	public Instant start() {
		PersianCalendar calendar = calendar();
		calendar.clear();
		calendar.set(year, Math.max(month, 1) - 1, Math.max(day, 1), 0, 0, 0);
		return Instant.ofEpochMilli(calendar.getTimeInMillis());
	}

	/** Midnight in Tehran that begins the next period of the same length. */
	public Instant end() {
		return next().start();
	}

	/** The next day, month or year. */
	public JalaliPeriod next() {
		if (isYear()) {
			return new JalaliPeriod(year + 1, 0, 0);
		}
		if (isMonth()) {
			return month == 12 ? new JalaliPeriod(year + 1, 1, 0) : new JalaliPeriod(year, month + 1, 0);
		}
		return dayOf(start().plusSeconds(36 * 3600));
	}

	/** The previous day, month or year. */
	public JalaliPeriod previous() {
		if (isYear()) {
			return new JalaliPeriod(year - 1, 0, 0);
		}
		if (isMonth()) {
			return month == 1 ? new JalaliPeriod(year - 1, 12, 0) : new JalaliPeriod(year, month - 1, 0);
		}
		return dayOf(start().minusSeconds(12 * 3600));
	}

	/** The month this day is in, or this month, or (for a year) the year. */
	public JalaliPeriod monthPeriod() {
		return isYear() ? this : new JalaliPeriod(year, month, 0);
	}

	public JalaliPeriod yearPeriod() {
		return new JalaliPeriod(year, 0, 0);
	}

	/**
	 * The path segments in Latin digits, months and days of two: {@code 1403/12/30},
	 * {@code 1403/12}, {@code 1403}.
	 */
	public String segments() {
		if (isYear()) {
			return Integer.toString(year);
		}
		String monthPart = year + "/" + (month < 10 ? "0" : "") + month;
		return isMonth() ? monthPart : monthPart + "/" + (day < 10 ? "0" : "") + day;
	}

	/**
	 * As a reader reads it, in Persian: {@code ۳۰ اسفند ۱۴۰۳}, {@code اسفند ۱۴۰۳},
	 * {@code ۱۴۰۳}.
	 */
	public String label() {
		if (isYear()) {
			return PersianDigits.toPersian(Integer.toString(year));
		}
		var format = isMonth() ? JalaliDates.MONTH_YEAR : JalaliDates.DAY_MONTH_YEAR;
		// noon: the day's name does not depend on the zone's midnight rules
		return format.format(start().plusSeconds(12 * 3600));
	}

	private static PersianCalendar calendar() {
		return new PersianCalendar(JalaliDates.TEHRAN, JalaliDates.PERSIAN);
	}

}
