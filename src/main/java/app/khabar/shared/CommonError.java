package app.khabar.shared;

/**
 * Failures that are not owned by any one feature.
 */
public enum CommonError implements ErrorCode {

	NOT_FOUND(ErrorKind.NOT_FOUND, "error.not-found"), INVALID_REQUEST(ErrorKind.INVALID, "error.invalid-request"),
	CONCURRENT_CHANGE(ErrorKind.CONFLICT, "error.concurrent-change"),
	/** A guest form or vote posted from another site. */
	CROSS_ORIGIN(ErrorKind.FORBIDDEN, "error.cross-origin");

	private final ErrorKind kind;

	private final String messageKey;

	CommonError(ErrorKind kind, String messageKey) {
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
