package app.khabar.article;

import java.time.Instant;
import java.time.YearMonth;

/**
 * A calendar month with published articles, and when the last of them changed.
 */
public record PublishedMonth(YearMonth month, Instant lastModified) {
}
