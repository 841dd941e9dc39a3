package app.khabar.comment;

/**
 * Something an article's public comment thread shows changed: a counter, a published
 * comment, a vote.
 */
public record CommentThreadChanged(long articleId) {
}
