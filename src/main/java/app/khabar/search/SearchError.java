package app.khabar.search;

import app.khabar.shared.ErrorCode;
import app.khabar.shared.ErrorKind;

/**
 * What a search request can get wrong; messages in {@code messages/search.properties}.
 */
public enum SearchError implements ErrorCode {

	/** {@code from} or {@code to} is not a Jalali date such as ۱۴۰۲/۰۳/۰۱. */
	INVALID_DATE(ErrorKind.INVALID, "search.error.date"),
	/** {@code from} is after {@code to}. */
	DATE_RANGE(ErrorKind.INVALID, "search.error.date-range");

	private final ErrorKind kind;

	private final String messageKey;

	SearchError(ErrorKind kind, String messageKey) {
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
