package app.khabar.search;

import java.time.Instant;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import app.khabar.persian.JalaliInput;
import app.khabar.persian.PersianDigits;
import app.khabar.shared.KhabarException;

/**
 * One search, as {@link ArticleSearch} runs it: the cleaned query text, an optional
 * section (slug), an optional time range ({@code from} inclusive, {@code to} exclusive),
 * the order and the page (from 1).
 *
 * @param shortened whether the query typed was cut to {@link QueryText#MAX_CHARS}
 * characters or {@link QueryText#MAX_WORDS} words
 */
public record SearchRequest(String query, @Nullable String section, @Nullable Instant from, @Nullable Instant to,
		SearchSort sort, int page, boolean shortened) {

	public static final int PAGE_SIZE = 10;

	// a day, no time: ۱۴۰۲/۰۳/۰۱, 1402-3-1, ١٤٠٢.٠٣.٠١ (after the digits are made Latin)
	private static final Pattern DATE_ONLY = Pattern.compile("\\d{4}[/\\-.]\\d{1,2}[/\\-.]\\d{1,2}");

	/**
	 * Pages past this are not served: nobody reads them, and deep pages cost the most.
	 */
	public static final int MAX_PAGE = 100;

	/**
	 * A request from the raw parameters of {@code /search} and {@code /api/v1/search}.
	 * Query text is cleaned and capped, never refused; a page that is not a number is the
	 * first; {@code from}/{@code to} are Jalali dates.
	 * @throws KhabarException {@link SearchError#INVALID_DATE} for a date that is not a
	 * Jalali date, {@link SearchError#DATE_RANGE} when {@code from} is after {@code to}
	 */
	public static SearchRequest of(String query, String section, String from, String to, String sort, String page) {
		QueryText text = QueryText.clean(query);
		Instant start = startOfDay(from);
		Instant end = to.isBlank() ? null : JalaliInput.nextDay(startOfDay(to));
		if (start != null && end != null && !start.isBefore(end)) {
			throw new KhabarException(SearchError.DATE_RANGE);
		}
		String slug = section.strip();
		return new SearchRequest(text.text(), slug.isEmpty() || slug.length() > 64 ? null : slug, start, end,
				SearchSort.of(sort), pageNumber(page), text.shortened());
	}

	/**
	 * The first instant of a typed Jalali day in Iran time (date only); null when blank.
	 */
	private static @Nullable Instant startOfDay(String typed) {
		String date = typed.strip();
		if (date.isEmpty()) {
			return null;
		}
		if (date.length() > 10 || !DATE_ONLY.matcher(PersianDigits.toLatin(date)).matches()) {
			throw new KhabarException(SearchError.INVALID_DATE, typed);
		}
		return JalaliInput.parse(date).orElseThrow(() -> new KhabarException(SearchError.INVALID_DATE, typed));
	}

	/** Whether there is anything to search for. */
	public boolean isBlank() {
		return query.isEmpty();
	}

	static int pageNumber(String raw) {
		String digits = PersianDigits.toLatin(raw.strip());
		if (digits.isEmpty() || digits.length() > 6 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return 1;
		}
		return Math.clamp(Integer.parseInt(digits), 1, MAX_PAGE);
	}

}
