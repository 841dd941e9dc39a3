package app.khabar.article;

import app.khabar.shared.ErrorCode;
import app.khabar.shared.ErrorKind;

/**
 * Failures of the article module, each with its Persian message key.
 */
public enum ArticleError implements ErrorCode {

	NOT_FOUND(ErrorKind.NOT_FOUND, "article.error.not-found"),
	SECTION_NOT_FOUND(ErrorKind.NOT_FOUND, "article.error.section-not-found");

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
