package app.khabar.comment.web;

import org.jspecify.annotations.Nullable;

import app.khabar.comment.CommentReceipt;

/**
 * A commenter's receipt as the page shows it. Template {@code comment/receipt}.
 *
 * @param articleTitle the article's title, null when it is no longer published
 * @param backPath the article's comments, null when it is no longer published
 * @param link the receipt's own absolute address, for the reader to keep
 */
public record ReceiptPage(CommentReceipt comment, @Nullable String articleTitle, @Nullable String backPath,
		String link) {
}
