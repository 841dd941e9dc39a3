package app.khabar.shared;

/**
 * What kind of failure a {@link KhabarException} is, independent of HTTP; the web shell
 * maps each to a status.
 */
public enum ErrorKind {

	/** The input is malformed or out of bounds. */
	INVALID(400),
	/** The caller may not do this. */
	FORBIDDEN(403),
	/** The thing asked for does not exist (or is not public). */
	NOT_FOUND(404),
	/** The state changed under the caller, or the request conflicts with it. */
	CONFLICT(409),
	/** The thing existed and is gone for good (retracted). */
	GONE(410),
	/** The upload is larger than allowed. */
	TOO_LARGE(413),
	/**
	 * The request is well formed but cannot be done (closed comments, failed captcha).
	 */
	UNPROCESSABLE(422),
	/** Too many requests from this client. */
	TOO_MANY_REQUESTS(429);

	private final int httpStatus;

	ErrorKind(int httpStatus) {
		this.httpStatus = httpStatus;
	}

	public int httpStatus() {
		return httpStatus;
	}

}
