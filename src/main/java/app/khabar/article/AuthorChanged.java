package app.khabar.article;

/**
 * An author's public profile changed: their page, and the bylines of their articles, show
 * it once the change is committed.
 */
record AuthorChanged(long authorId) {
}
