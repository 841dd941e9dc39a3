package app.khabar.article;

import app.khabar.shared.ErrorCode;
import app.khabar.shared.ErrorKind;

/**
 * Failures of the article module, each with its Persian message key.
 */
public enum ArticleError implements ErrorCode {

	NOT_FOUND(ErrorKind.NOT_FOUND, "article.error.not-found"),
	SECTION_NOT_FOUND(ErrorKind.NOT_FOUND, "article.error.section-not-found"),
	/** Someone saved the article since the editor read it. */
	VERSION_CONFLICT(ErrorKind.CONFLICT, "article.error.version-conflict"),
	REVISION_NOT_FOUND(ErrorKind.NOT_FOUND, "article.error.revision-not-found"),
	TITLE_REQUIRED(ErrorKind.INVALID, "article.error.title-required"),
	SCHEDULE_IN_PAST(ErrorKind.INVALID, "article.error.schedule-in-past"),
	NOTE_REQUIRED(ErrorKind.INVALID, "article.error.note-required"),
	PREVIEW_FORBIDDEN(ErrorKind.FORBIDDEN, "article.error.preview-forbidden"),
	// bylines, authors, tags and the archive
	AUTHOR_NOT_FOUND(ErrorKind.NOT_FOUND, "article.error.author-not-found"),
	TAG_NOT_FOUND(ErrorKind.NOT_FOUND, "article.error.tag-not-found"),
	/**
	 * An archive date that is not a day of the Jalali calendar (1402/12/30, 1402/13/01).
	 */
	NO_SUCH_DATE(ErrorKind.NOT_FOUND, "article.error.no-such-date"),
	AUTHOR_NAME_REQUIRED(ErrorKind.INVALID, "article.error.author-name-required"),
	AUTHOR_TEXT_TOO_LONG(ErrorKind.INVALID, "article.error.author-text-too-long"),
	BYLINE_TEXT_TOO_LONG(ErrorKind.INVALID, "article.error.byline-text-too-long");

	private final ErrorKind kind;

	private final String messageKey;

	ArticleError(ErrorKind kind, String messageKey) {
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
