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
	/** A word list entry between slashes that is not a regular expression. */
	PATTERN_INVALID(ErrorKind.INVALID, "moderation.error.pattern-invalid"),
	/** A word list file that is neither {@code .txt} nor {@code .csv}. */
	IMPORT_TYPE(ErrorKind.INVALID, "moderation.error.import-type"),
	/** A word list file over the size or entry limit. */
	IMPORT_TOO_LARGE(ErrorKind.TOO_LARGE, "moderation.error.import-too-large"),
	/** A word list file that is not UTF-8 text. */
	IMPORT_NOT_UTF8(ErrorKind.INVALID, "moderation.error.import-not-utf8"),
	/** A CSV word list file that does not parse (an unclosed quote); the line. */
	IMPORT_CSV_INVALID(ErrorKind.INVALID, "moderation.error.import-csv-invalid"),
	/** A word list file with no entries. */
	IMPORT_EMPTY(ErrorKind.INVALID, "moderation.error.import-empty"),
	/** A ban that names nothing: an empty name, or a client hash that is not one. */
	BAN_INVALID(ErrorKind.INVALID, "moderation.error.ban-invalid"),
	/** A bulk decision without any comment selected. */
	NOTHING_SELECTED(ErrorKind.INVALID, "moderation.error.nothing-selected"),
	/** A refusal without a reason: none is assumed for the moderator. */
	REASON_MISSING(ErrorKind.INVALID, "moderation.error.reason-missing"),
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
