package app.khabar.comment.web;

/**
 * The small uncached page with only the comment form: the no-JavaScript reply page, and
 * the form again after a refusal (too fast, invalid, closed) with the reader's text kept.
 * Template {@code comment/compose}.
 *
 * @param articleTitle the article's title, as the page's heading context
 * @param form the form, in reply mode or with a message
 */
public record CommentComposePage(String articleTitle, CommentForm form) {
}
