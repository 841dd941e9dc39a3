package app.khabar.article;

import java.time.Instant;

/**
 * A tag and how it is used: how many published articles carry it and when the latest of
 * them was published (a sitemap's {@code lastmod}, a list's order).
 */
public record TagUse(Tag tag, long articles, Instant lastPublishedAt) {
}
