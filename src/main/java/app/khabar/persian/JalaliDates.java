package app.khabar.persian;

import java.time.Instant;
import java.util.Date;

import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

/**
 * Jalali (Solar Hijri) dates in Iran time with Persian digits, written as Persian news portals write them:
 * {@code ۰۹:۳۰ - ۱۴۰۲/۰۳/۱۶}. ICU does the calendar; java.time has no Persian chronology.
 */
public final class JalaliDates {

	static final ULocale PERSIAN = new ULocale("fa_IR@calendar=persian");

	static final TimeZone TEHRAN = TimeZone.getTimeZone("Asia/Tehran");

	private JalaliDates() {
	}

	/** Time and date, e.g. {@code ۰۹:۳۰ - ۱۴۰۲/۰۳/۱۶} for 2023-06-06T06:00:00Z. */
	public static String format(Instant instant) {
		return format(instant, "HH:mm - yyyy/MM/dd");
	}

	/** Date only, e.g. {@code ۱۴۰۲/۰۳/۱۶}. */
	public static String formatDate(Instant instant) {
		return format(instant, "yyyy/MM/dd");
	}

	/** Long form for article headers, e.g. {@code سه‌شنبه ۱۶ خرداد ۱۴۰۲ - ۰۹:۳۰}. */
	public static String formatLong(Instant instant) {
		return format(instant, "EEEE d MMMM yyyy - HH:mm");
	}

	private static String format(Instant instant, String pattern) {
		// ICU formatters are not thread-safe; creating one is cheap next to rendering a page
		SimpleDateFormat format = new SimpleDateFormat(pattern, PERSIAN);
		format.setTimeZone(TEHRAN);
		return PersianDigits.toPersian(format.format(Date.from(instant)));
	}

}
