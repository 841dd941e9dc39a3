package app.khabar.api;

import app.khabar.shared.ErrorCode;
import app.khabar.shared.ErrorKind;

/**
 * Refusals of the read API, each with its Persian message key in {@code messages/api}.
 */
enum ApiError implements ErrorCode {

	/** {@code limit} is no positive whole number. */
	BAD_LIMIT(ErrorKind.INVALID, "api.error.limit"),
	/** {@code page} is no positive whole number. */
	BAD_PAGE(ErrorKind.INVALID, "api.error.page"),
	/** A {@code cursor} this API did not write (or one cut or changed). */
	BAD_CURSOR(ErrorKind.INVALID, "api.error.cursor"),
	/** {@code since} or {@code until} is no ISO-8601 date or date-time. */
	BAD_DATE(ErrorKind.INVALID, "api.error.date"),
	/** {@code since} is not before {@code until}. */
	EMPTY_RANGE(ErrorKind.INVALID, "api.error.range"),
	/** An article id that is no positive whole number. */
	BAD_ID(ErrorKind.INVALID, "api.error.id"),
	/** The article was retracted: its page says so, the API answers 410. */
	RETRACTED(ErrorKind.GONE, "api.error.retracted");

	private final ErrorKind kind;

	private final String messageKey;

	ApiError(ErrorKind kind, String messageKey) {
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
