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
	ARTICLE_NOT_FOUND(ErrorKind.NOT_FOUND, "moderation.error.article-not-found"),
	/** A report of a comment that is not published (or does not exist). */
	REPORT_NOT_PUBLISHED(ErrorKind.NOT_FOUND, "moderation.error.report-not-published"),
	/** A report without one of the listed reasons. */
	REPORT_REASON_INVALID(ErrorKind.INVALID, "moderation.error.report-reason"),
	/** A report's note over the bound (argument: the bound). */
	REPORT_NOTE_TOO_LONG(ErrorKind.INVALID, "moderation.error.report-note"),
	/** This client reported too often in a short time. */
	REPORT_TOO_FAST(ErrorKind.TOO_MANY_REQUESTS, "moderation.error.report-too-fast"),
	/** The comment's reports were already resolved (by another moderator). */
	NO_OPEN_REPORTS(ErrorKind.CONFLICT, "moderation.error.no-open-reports"),
	/** A removal without a reason. */
	REJECT_REASON_MISSING(ErrorKind.INVALID, "moderation.error.reject-reason-missing"),
	/** A commenter looked up by something that is not a receipt or a client hash. */
	COMMENTER_KEY_INVALID(ErrorKind.INVALID, "moderation.error.commenter-key");

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
