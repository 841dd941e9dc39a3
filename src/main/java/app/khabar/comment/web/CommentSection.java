package app.khabar.comment.web;

import app.khabar.comment.CommentThread;

/**
 * The comments part of an article page: the form, the three counters and the published
 * thread.
 */
public record CommentSection(long articleId, String articlePath, boolean open, CommentThread thread, CommentForm form) {
}
