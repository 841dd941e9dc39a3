package app.khabar.web;

import java.time.Duration;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import com.ibm.icu.util.ULocale;

import app.khabar.persian.JalaliDates;
import app.khabar.persian.PersianDigits;
import app.khabar.persian.PersianDurations;

/**
 * What every template needs from the shell: localized text, Persian digits and Jalali
 * dates, fingerprinted asset URLs, language and direction. One bean, also in every MVC
 * model as {@code ui}; templates declare {@code @param app.khabar.web.Ui ui}.
 */
@Component
public final class Ui {

	/** The one locale of the site for now: Persian is the base message bundle. */
	public static final Locale LOCALE = Locale.forLanguageTag("fa-IR");

	private final MessageSource messages;

	private final ResourceUrlProvider resourceUrls;

	private final SiteAddress site;

	/**
	 * Fingerprinted URLs by path: every page asks for the same few, and each lookup
	 * matches resource patterns.
	 */
	private final Map<String, String> assets = new ConcurrentHashMap<>();

	/**
	 * Message patterns by key, for messages with arguments: each is formatted by a
	 * {@link MessageFormat} of its own per call. Spring formats a message with one shared
	 * MessageFormat under its monitor, and every request of a page formats the same
	 * messages, so request threads queued on it (bench/RESULTS.md, "Uncached article page
	 * tail").
	 */
	private final Map<String, String> patterns = new ConcurrentHashMap<>();

	/** Countries' Persian names by ISO code: ICU's lookup takes a lock of its own. */
	private final Map<String, String> countries = new ConcurrentHashMap<>();

	Ui(MessageSource messages, ResourceUrlProvider resourceUrls, SiteAddress site) {
		this.messages = messages;
		this.resourceUrls = resourceUrls;
		this.site = site;
	}

	/**
	 * The text of a message key, with {@code {0}}-style arguments. Whole numbers among
	 * the arguments are written in Persian digits. A missing key shows as {@code ??key??}
	 * (the convention tests catch it before it ships).
	 */
	public String t(String key, Object... args) {
		try {
			if (args.length == 0) {
				return messages.getMessage(key, null, LOCALE);
			}
			String pattern = patterns.get(key);
			if (pattern == null) {
				// as Spring does with arguments: the bundle's text is a MessageFormat
				// pattern
				pattern = messages.getMessage(key, null, LOCALE);
				patterns.putIfAbsent(key, pattern);
			}
			return new MessageFormat(pattern, LOCALE).format(localized(args));
		}
		catch (NoSuchMessageException ex) {
			return "??" + key + "??";
		}
	}

	/** A whole number in Persian digits, e.g. {@code 1402} → {@code ۱۴۰۲}. */
	public String digits(long n) {
		return PersianDigits.format(n);
	}

	/** Time and Jalali date in Iran time, e.g. {@code ۰۹:۳۰ - ۱۴۰۲/۰۳/۱۶}. */
	public String jalali(Instant instant) {
		return JalaliDates.format(instant);
	}

	/** Jalali date only, e.g. {@code ۱۴۰۲/۰۳/۱۶}. */
	public String jalaliDate(Instant instant) {
		return JalaliDates.formatDate(instant);
	}

	/**
	 * A country's name in Persian from its ISO 3166 code (ICU's names), e.g. {@code IR} →
	 * {@code ایران}; the code itself when ICU knows no name for it.
	 */
	public String country(String code) {
		String known = countries.get(code);
		if (known != null) {
			return known;
		}
		String name = new ULocale("", code).getDisplayCountry(ULocale.forLanguageTag("fa"));
		String shown = name.isBlank() ? code : name;
		if (countries.size() < 1_000) {
			countries.putIfAbsent(code, shown);
		}
		return shown;
	}

	/** A span of time in its largest whole unit, e.g. {@code ۵ روز}, {@code ۳ ساعت}. */
	public String duration(Duration age) {
		return PersianDurations.format(age);
	}

	/** Long Jalali date and time, e.g. {@code سه‌شنبه ۱۶ خرداد ۱۴۰۲ - ۰۹:۳۰}. */
	public String jalaliLong(Instant instant) {
		return JalaliDates.formatLong(instant);
	}

	/**
	 * The fingerprinted URL of a static file, e.g. {@code /css/site.css} →
	 * {@code /css/site-<hash>.css}, served with a year-long immutable Cache-Control. An
	 * unknown file keeps its path.
	 */
	public String asset(String path) {
		String known = assets.get(path);
		if (known != null) {
			return known;
		}
		String url = resourceUrls.getForLookupPath(path);
		if (url == null) {
			return path;
		}
		// the files are in the jar and do not change while running; only found ones are
		// kept, so this stays small
		assets.put(path, url);
		return url;
	}

	/**
	 * The absolute URL of a path on this site (see {@link SiteAddress}), for canonical
	 * links, og:url and short links.
	 */
	public String url(String path) {
		return site.absolute(path);
	}

	/** The page language, for {@code <html lang>}. */
	public String lang() {
		return "fa";
	}

	/** The writing direction, for {@code <html dir>}. */
	public String dir() {
		return "rtl";
	}

	private static Object[] localized(Object[] args) {
		Object[] out = args.clone();
		for (int i = 0; i < out.length; i++) {
			if (out[i] instanceof Long || out[i] instanceof Integer || out[i] instanceof Short) {
				out[i] = PersianDigits.format(((Number) out[i]).longValue());
			}
		}
		return out;
	}

}
