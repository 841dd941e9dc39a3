package app.khabar.article;

/**
 * A section ("service") of the site, e.g. politics or sports; {@code slug} is its URL
 * name.
 */
public record Section(long id, String slug, String name, int position) {
}
