package app.khabar.comment.web;

/**
 * The small uncached page a posted form lands on (303): what happened to the comment, and
 * the way back. The article page itself is cached for everyone and never carries a
 * reader's message. Template {@code comment/result}.
 *
 * @param message the outcome in Persian (received and awaiting review, published, not
 * publishable)
 * @param backPath the article's comments
 */
public record CommentResultPage(String message, String backPath) {
}
