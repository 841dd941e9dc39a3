package app.khabar.comment;

import app.khabar.shared.ErrorCode;
import app.khabar.shared.ErrorKind;

/**
 * Why a comment or a vote was refused, each with a Persian message in
 * {@code messages/comment.properties}. A refused comment is not stored.
 */
public enum CommentError implements ErrorCode {

	/** No published article with this id. */
	ARTICLE_NOT_FOUND(ErrorKind.NOT_FOUND, "comment.error.article-not-found"),
	/** The article no longer takes comments. */
	COMMENTS_CLOSED(ErrorKind.UNPROCESSABLE, "comment.error.closed"),
	/**
	 * The captcha solution (or fallback answer) is missing, wrong, expired or used
	 * before.
	 */
	CAPTCHA_FAILED(ErrorKind.UNPROCESSABLE, "comment.error.captcha"),
	/** This client or this article got too many comments in a short time. */
	TOO_FAST(ErrorKind.TOO_MANY_REQUESTS, "comment.error.too-fast"),
	/** The text is empty, too short or too long (arguments: the bounds). */
	INVALID_TEXT(ErrorKind.INVALID, "comment.error.invalid-text"),
	/** The name is too long (argument: the bound). */
	INVALID_NAME(ErrorKind.INVALID, "comment.error.invalid-name"),
	/**
	 * The comment replied to does not exist, is not published, or is under another
	 * article.
	 */
	INVALID_PARENT(ErrorKind.INVALID, "comment.error.invalid-parent"),
	/** The request body is not the JSON object the API expects. */
	INVALID_REQUEST(ErrorKind.INVALID, "comment.error.invalid-request"),
	/** The request body is larger than the comment API reads. */
	TOO_LARGE(ErrorKind.INVALID, "comment.error.too-large"),
	/** No comment with this id (votes: no published one). */
	COMMENT_NOT_FOUND(ErrorKind.NOT_FOUND, "comment.error.comment-not-found"),
	/**
	 * Another moderator decided or edited the comment since this one read it: nothing was
	 * changed.
	 */
	CONCURRENT_DECISION(ErrorKind.CONFLICT, "comment.error.concurrent-decision"),
	/** A moderator's edit left no text. */
	EDIT_EMPTY(ErrorKind.INVALID, "comment.error.edit-empty"),
	/** A vote that is neither like nor dislike. */
	INVALID_VOTE(ErrorKind.INVALID, "comment.error.invalid-vote"),
	/** This client voted too often in a short time. */
	TOO_MANY_VOTES(ErrorKind.TOO_MANY_REQUESTS, "comment.error.too-many-votes"),
	/** No comment has this receipt (mistyped, or erased). */
	RECEIPT_NOT_FOUND(ErrorKind.NOT_FOUND, "comment.error.receipt-not-found");

	private final ErrorKind kind;

	private final String messageKey;

	CommentError(ErrorKind kind, String messageKey) {
		this.kind = kind;
		this.messageKey = messageKey;
	}

	@Override
	public ErrorKind kind() {
		return kind;
	}

	@Override
	public String messageKey() {
		return messageKey;
	}

}
