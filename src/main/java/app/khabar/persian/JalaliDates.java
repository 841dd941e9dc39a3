package app.khabar.persian;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

/**
 * Jalali (Solar Hijri) dates in Iran time with Persian digits, written as Persian news
 * portals write them: {@code ۰۹:۳۰ - ۱۴۰۲/۰۳/۱۶}. ICU does the calendar; java.time has no
 * Persian chronology.
 */
public final class JalaliDates {

	static final ULocale PERSIAN = new ULocale("fa_IR@calendar=persian");

	static final TimeZone TEHRAN = TimeZone.getTimeZone("Asia/Tehran");

	private JalaliDates() {
	}

	private static final Format TIME_AND_DATE = new Format("HH:mm - yyyy/MM/dd");

	private static final Format DATE = new Format("yyyy/MM/dd");

	private static final Format TIME = new Format("HH:mm");

	private static final Format LONG = new Format("EEEE d MMMM yyyy - HH:mm");

	/** {@link JalaliPeriod#label}'s month and day forms. */
	static final Format MONTH_YEAR = new Format("MMMM yyyy");

	static final Format DAY_MONTH_YEAR = new Format("d MMMM yyyy");

	/** Time and date, e.g. {@code ۰۹:۳۰ - ۱۴۰۲/۰۳/۱۶} for 2023-06-06T06:00:00Z. */
	public static String format(Instant instant) {
		return TIME_AND_DATE.format(instant);
	}

	/** Time of day in Iran time, e.g. {@code ۰۹:۳۰}. */
	public static String formatTime(Instant instant) {
		return TIME.format(instant);
	}

	/** Date only, e.g. {@code ۱۴۰۲/۰۳/۱۶}. */
	public static String formatDate(Instant instant) {
		return DATE.format(instant);
	}

	/** Long form for article headers, e.g. {@code سه‌شنبه ۱۶ خرداد ۱۴۰۲ - ۰۹:۳۰}. */
	public static String formatLong(Instant instant) {
		return LONG.format(instant);
	}

	/**
	 * One pattern, at most minute precision. A page shows the same few times again and
	 * again (every comment's on every render), and building an ICU formatter costs more
	 * than the rest of a comment's markup, so results are remembered per minute, and
	 * formatters are cloned from a prototype (they are not thread-safe).
	 */
	static final class Format {

		private static final int MEMO_LIMIT = 100_000;

		private final SimpleDateFormat prototype;

		private final Map<Long, String> byMinute = new ConcurrentHashMap<>();

		Format(String pattern) {
			prototype = new SimpleDateFormat(pattern, PERSIAN);
			prototype.setTimeZone(TEHRAN);
		}

		String format(Instant instant) {
			long minute = Math.floorDiv(instant.getEpochSecond(), 60);
			String known = byMinute.get(minute);
			if (known != null) {
				return known;
			}
			SimpleDateFormat format = (SimpleDateFormat) prototype.clone();
			String text = PersianDigits.toPersian(format.format(Date.from(Instant.ofEpochSecond(minute * 60))));
			if (byMinute.size() >= MEMO_LIMIT) {
				byMinute.clear();
			}
			byMinute.put(minute, text);
			return text;
		}

	}

}
