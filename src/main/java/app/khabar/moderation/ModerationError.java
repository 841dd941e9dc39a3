package app.khabar.moderation;

import app.khabar.shared.ErrorCode;
import app.khabar.shared.ErrorKind;

/**
 * What can go wrong on the moderation desk, each with its Persian message under
 * {@code moderation.error.*}.
 */
public enum ModerationError implements ErrorCode {

	/** A word list entry with no letters in it. */
	WORD_EMPTY(ErrorKind.INVALID, "moderation.error.word-empty"),
	/** A ban that names nothing: an empty name, or a client hash that is not one. */
	BAN_INVALID(ErrorKind.INVALID, "moderation.error.ban-invalid"),
	/** A bulk decision without any comment selected. */
	NOTHING_SELECTED(ErrorKind.INVALID, "moderation.error.nothing-selected"),
	/** Auto-close days out of range. */
	DAYS_INVALID(ErrorKind.INVALID, "moderation.error.days-invalid"),
	/** Screening thresholds out of 0-1 or out of order. */
	RISK_INVALID(ErrorKind.INVALID, "moderation.error.risk-invalid"),
	/** No article with this id. */
	ARTICLE_NOT_FOUND(ErrorKind.NOT_FOUND, "moderation.error.article-not-found");

	private final ErrorKind kind;

	private final String messageKey;

	ModerationError(ErrorKind kind, String messageKey) {
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
