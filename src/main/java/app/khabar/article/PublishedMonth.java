package app.khabar.article;

import java.time.Instant;
import java.time.YearMonth;

/**
 * A calendar month with published articles: how many, and when the last of them changed.
 */
public record PublishedMonth(YearMonth month, long articles, Instant lastModified) {
}
