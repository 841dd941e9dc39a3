package app.khabar.comment;

import app.khabar.shared.ErrorCode;
import app.khabar.shared.ErrorKind;

/**
 * What can go wrong with a comment, each with its Persian message under {@code comment.error.*}.
 */
public enum CommentError implements ErrorCode {

	/** No comment with this id. */
	COMMENT_NOT_FOUND(ErrorKind.NOT_FOUND, "comment.error.not-found"),
	/** Another moderator decided or edited the comment since this one read it: nothing was changed. */
	CONCURRENT_DECISION(ErrorKind.CONFLICT, "comment.error.concurrent-decision"),
	/** A moderator's edit left no text. */
	EDIT_EMPTY(ErrorKind.INVALID, "comment.error.edit-empty");

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
