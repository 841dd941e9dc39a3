package app.khabar.article;

/**
 * An author's public profile changed: their page, and the bylines of their articles
 * (article pages, fronts, feeds, API answers), show it once the change is committed.
 */
public record AuthorChanged(long authorId) {
}
