package app.khabar.persian;

/**
 * Digits for display and for parsing. Readers see Persian digits (۰-۹); people type
 * Persian, Arabic-Indic (٠-٩) and Latin digits interchangeably.
 */
public final class PersianDigits {

	private PersianDigits() {
	}

	/** A number written with Persian digits, e.g. {@code 1402} → {@code ۱۴۰۲}. */
	public static String format(long number) {
		return toPersian(Long.toString(number));
	}

	/**
	 * Replaces Latin and Arabic-Indic digits with Persian ones; everything else is kept.
	 */
	public static String toPersian(String text) {
		StringBuilder out = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			int value = digitValue(c);
			if (value >= 0 && !(c >= '۰' && c <= '۹')) {
				if (out == null) {
					out = new StringBuilder(text);
				}
				out.setCharAt(i, (char) ('۰' + value));
			}
		}
		return out == null ? text : out.toString();
	}

	/** Replaces Persian and Arabic-Indic digits with Latin ones, for parsing. */
	public static String toLatin(String text) {
		StringBuilder out = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			int value = digitValue(c);
			if (value >= 0 && !(c >= '0' && c <= '9')) {
				if (out == null) {
					out = new StringBuilder(text);
				}
				out.setCharAt(i, (char) ('0' + value));
			}
		}
		return out == null ? text : out.toString();
	}

	/** The value of a Latin, Persian or Arabic-Indic digit, or -1. */
	static int digitValue(char c) {
		if (c >= '0' && c <= '9') {
			return c - '0';
		}
		if (c >= '۰' && c <= '۹') {
			return c - '۰';
		}
		if (c >= '٠' && c <= '٩') {
			return c - '٠';
		}
		return -1;
	}

}
