package app.khabar.web;

import app.khabar.shared.ErrorCode;
import app.khabar.shared.ErrorKind;

/**
 * Failures of the web shell itself, each with a Persian message in {@code messages/web.properties}.
 */
enum WebError implements ErrorCode {

	/** A guest form or vote posted from another site. */
	CROSS_ORIGIN(ErrorKind.FORBIDDEN, "error.cross-origin");

	private final ErrorKind kind;

	private final String messageKey;

	WebError(ErrorKind kind, String messageKey) {
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
