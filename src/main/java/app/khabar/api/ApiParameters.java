package app.khabar.api;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Base64;

import org.jspecify.annotations.Nullable;

import app.khabar.article.ArticleFilter;
import app.khabar.persian.PersianDigits;
import app.khabar.shared.KhabarException;

/**
 * The read API's query parameters, parsed strictly: what is not what the document says is
 * a 400 with a Persian message, never a guess and never a 500.
 */
final class ApiParameters {

	static final int DEFAULT_LIMIT = 20;

	/** The most items one page holds; a larger {@code limit} counts as this. */
	static final int MAX_LIMIT = 100;

	/** The last page number a directory answers; a larger one counts as this. */
	static final int MAX_PAGE = 10_000;

	/** Iran time: a bare date means the day as readers of the site count it. */
	private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

	private static final String CURSOR_SEPARATOR = "_";

	private ApiParameters() {
	}

	/**
	 * {@code limit}: absent is {@value #DEFAULT_LIMIT}, above {@value #MAX_LIMIT} is
	 * {@value #MAX_LIMIT}; Persian digits are read too.
	 */
	static int limit(@Nullable String raw) {
		return positive(raw, DEFAULT_LIMIT, MAX_LIMIT, ApiError.BAD_LIMIT);
	}

	/** {@code page} of a directory: absent is 1, above {@value #MAX_PAGE} is that. */
	static int page(@Nullable String raw) {
		return positive(raw, 1, MAX_PAGE, ApiError.BAD_PAGE);
	}

	/**
	 * A positive whole number (Persian digits read too): absent is {@code absent}, above
	 * {@code max} is {@code max}, anything else is {@code error}.
	 */
	private static int positive(@Nullable String raw, int absent, int max, ApiError error) {
		if (raw == null || raw.isEmpty()) {
			return absent;
		}
		String latin = PersianDigits.toLatin(raw.strip());
		if (latin.isEmpty() || !latin.chars().allMatch(c -> c >= '0' && c <= '9')) {
			throw new KhabarException(error);
		}
		// more than six digits is above the bound whatever it says
		int value = latin.length() > 6 ? max : Integer.parseInt(latin);
		if (value < 1) {
			throw new KhabarException(error);
		}
		return Math.min(value, max);
	}

	/**
	 * {@code since} or {@code until}: an ISO-8601 instant or date-time with an offset, or
	 * a bare date, which starts at midnight in Iran time.
	 */
	static @Nullable Instant instant(@Nullable String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		String text = PersianDigits.toLatin(raw.strip());
		try {
			if (text.length() == 10) {
				return LocalDate.parse(text).atStartOfDay(TEHRAN).toInstant();
			}
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeException ex) {
			throw new KhabarException(ApiError.BAD_DATE, raw.strip());
		}
	}

	/** An article id from the path: a positive whole number of at most 18 digits. */
	static long id(String raw) {
		if (raw.isEmpty() || raw.length() > 18 || !raw.chars().allMatch(c -> c >= '0' && c <= '9')) {
			throw new KhabarException(ApiError.BAD_ID);
		}
		long id = Long.parseLong(raw);
		if (id < 1) {
			throw new KhabarException(ApiError.BAD_ID);
		}
		return id;
	}

	/**
	 * The cursor of the page after {@code position}: opaque to clients, URL-safe, the
	 * position as {@code <instant>_<id>} in Base64.
	 */
	static String cursor(ArticleFilter.Position position) {
		String plain = position.publishedAt() + CURSOR_SEPARATOR + position.id();
		return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
	}

	/** The position a cursor stands for; anything this API did not write is a 400. */
	static ArticleFilter.@Nullable Position position(@Nullable String cursor) {
		if (cursor == null || cursor.isEmpty()) {
			return null;
		}
		try {
			if (cursor.length() > 64) {
				throw new IllegalArgumentException("too long");
			}
			String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
			int separator = plain.indexOf(CURSOR_SEPARATOR);
			long id = id(plain.substring(separator + 1));
			return new ArticleFilter.Position(Instant.parse(plain.substring(0, Math.max(separator, 0))), id);
		}
		catch (IllegalArgumentException | DateTimeException | KhabarException ex) {
			throw new KhabarException(ApiError.BAD_CURSOR);
		}
	}

}
