package app.khabar.persian;

import java.time.Duration;

import com.ibm.icu.text.MeasureFormat;
import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.ULocale;

/**
 * A span of time as a person says it, in its largest whole unit with Persian digits:
 * {@code ۵ روز}, {@code ۳ ساعت}, {@code ۱۲ دقیقه} (ICU's unit names, not ours).
 */
public final class PersianDurations {

	private static final ULocale PERSIAN = new ULocale("fa_IR");

	private PersianDurations() {
	}

	/** The largest whole unit: days from a day on, hours from an hour, else minutes. */
	public static String format(Duration age) {
		Duration span = age.isNegative() ? Duration.ZERO : age;
		Measure measure;
		if (span.toDays() > 0) {
			measure = new Measure(span.toDays(), MeasureUnit.DAY);
		}
		else if (span.toHours() > 0) {
			measure = new Measure(span.toHours(), MeasureUnit.HOUR);
		}
		else {
			measure = new Measure(span.toMinutes(), MeasureUnit.MINUTE);
		}
		// a format is not thread-safe and cheap to make next to a page render
		return MeasureFormat.getInstance(PERSIAN, MeasureFormat.FormatWidth.WIDE).format(measure);
	}

}
