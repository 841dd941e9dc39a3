package app.khabar.account;

import app.khabar.shared.ErrorCode;
import app.khabar.shared.ErrorKind;

/**
 * Failures of two-factor enrolment and sign-in, each with a Persian message in {@code messages/account.properties}.
 */
public enum TwoFactorError implements ErrorCode {

	/** Wrong, malformed, too old, or already used once: one message, so it tells a guesser nothing. */
	WRONG_CODE(ErrorKind.INVALID, "account.two-factor.error.wrong-code"),
	THROTTLED(ErrorKind.TOO_MANY_REQUESTS, "account.two-factor.error.throttled"),
	ALREADY_ENABLED(ErrorKind.CONFLICT, "account.two-factor.error.already-enabled"),
	NOT_ENABLED(ErrorKind.CONFLICT, "account.two-factor.error.not-enabled");

	private final ErrorKind kind;

	private final String messageKey;

	TwoFactorError(ErrorKind kind, String messageKey) {
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
