package app.khabar.web;

import java.time.Instant;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import app.khabar.persian.JalaliDates;
import app.khabar.persian.PersianDigits;

/** Placeholder until the web branch lands; replaced by it on merge. */
@Component
public final class Ui {

	private static final Locale FA = Locale.of("fa");

	private final MessageSource messages;

	Ui(MessageSource messages) {
		this.messages = messages;
	}

	public String t(String key, Object... args) {
		return messages.getMessage(key, args, "??" + key + "??", FA);
	}

	public String digits(long n) {
		return PersianDigits.format(n);
	}

	public String jalali(Instant instant) {
		return JalaliDates.format(instant);
	}

	public String jalaliDate(Instant instant) {
		return JalaliDates.formatDate(instant);
	}

	public String jalaliLong(Instant instant) {
		return JalaliDates.formatLong(instant);
	}

	public String asset(String path) {
		return path;
	}

	public String lang() {
		return "fa";
	}

	public String dir() {
		return "rtl";
	}

}
