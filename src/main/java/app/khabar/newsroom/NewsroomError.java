package app.khabar.newsroom;

import app.khabar.shared.ErrorCode;
import app.khabar.shared.ErrorKind;

/**
 * Failures of the newsroom, each with its Persian message key.
 */
public enum NewsroomError implements ErrorCode {

	FORBIDDEN(ErrorKind.FORBIDDEN, "newsroom.error.forbidden"),
	/** The step does not exist for the article's status (e.g. retracting a draft). */
	ILLEGAL_STEP(ErrorKind.CONFLICT, "newsroom.error.illegal-step"),
	INVALID_DATE_TIME(ErrorKind.INVALID, "newsroom.error.invalid-date-time"),
	INVALID_TICKER(ErrorKind.INVALID, "newsroom.error.invalid-ticker");

	private final ErrorKind kind;

	private final String messageKey;

	NewsroomError(ErrorKind kind, String messageKey) {
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
