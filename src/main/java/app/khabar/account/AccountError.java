package app.khabar.account;

import app.khabar.shared.ErrorCode;
import app.khabar.shared.ErrorKind;

/**
 * Failures of the account module, each with a Persian message in
 * {@code messages/account.properties}.
 */
public enum AccountError implements ErrorCode {

	ACCOUNT_NOT_FOUND(ErrorKind.NOT_FOUND, "account.error.not-found"),
	USERNAME_TAKEN(ErrorKind.CONFLICT, "account.error.username-taken"),
	INVALID_USERNAME(ErrorKind.INVALID, "account.error.invalid-username"),
	WEAK_PASSWORD(ErrorKind.INVALID, "account.error.weak-password"),
	WRONG_PASSWORD(ErrorKind.INVALID, "account.error.wrong-password"),
	NO_ROLE(ErrorKind.INVALID, "account.error.no-role"),
	/**
	 * Disabling or demoting oneself or the last enabled admin would lock everyone out of
	 * the admin screens.
	 */
	LAST_ADMIN(ErrorKind.CONFLICT, "account.error.last-admin"),
	CONCURRENT_CHANGE(ErrorKind.CONFLICT, "account.error.concurrent-change"),
	/**
	 * A second-factor code wrong, malformed, too old or already used once: one message,
	 * so it tells a guesser nothing.
	 */
	TWO_FACTOR_WRONG_CODE(ErrorKind.INVALID, "account.two-factor.error.wrong-code"),
	TWO_FACTOR_THROTTLED(ErrorKind.TOO_MANY_REQUESTS, "account.two-factor.error.throttled"),
	TWO_FACTOR_ALREADY_ENABLED(ErrorKind.CONFLICT, "account.two-factor.error.already-enabled"),
	TWO_FACTOR_NOT_ENABLED(ErrorKind.CONFLICT, "account.two-factor.error.not-enabled"),
	/**
	 * This node signs in as many as it can afford now (a flood of attempts); the next
	 * second may have room.
	 */
	LOGIN_BUSY(ErrorKind.TOO_MANY_REQUESTS, "account.error.login-busy");

	private final ErrorKind kind;

	private final String messageKey;

	AccountError(ErrorKind kind, String messageKey) {
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
