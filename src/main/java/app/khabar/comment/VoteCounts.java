package app.khabar.comment;

/**
 * A comment's likes and dislikes after a vote, with the reader's vote now and the article
 * it is under.
 */
public record VoteCounts(long commentId, long articleId, int likes, int dislikes, Vote yours) {
}
