package app.khabar.shared;

import java.util.List;

/**
 * A domain failure a user can cause. Carries a module-owned {@link ErrorCode} and
 * arguments for its message; the web shell renders it as a localized page or JSON problem
 * with the code's status.
 */
public class KhabarException extends RuntimeException {

	private final ErrorCode code;

	private final List<Object> arguments;

	public KhabarException(ErrorCode code, Object... arguments) {
		super(code.messageKey());
		this.code = code;
		this.arguments = List.of(arguments);
	}

	public ErrorCode code() {
		return code;
	}

	public List<Object> arguments() {
		return arguments;
	}

}
