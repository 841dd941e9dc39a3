package app.khabar.live;

import app.khabar.shared.ErrorCode;
import app.khabar.shared.ErrorKind;

/**
 * Failures of live coverage, each with its Persian message key in
 * {@code messages/live.properties}.
 */
public enum LiveError implements ErrorCode {

	/** No live page with this id (or the article is not of kind LIVE). */
	NOT_FOUND(ErrorKind.NOT_FOUND, "live.error.not-found"),
	ENTRY_NOT_FOUND(ErrorKind.NOT_FOUND, "live.error.entry-not-found"),
	/** The coverage was ended: the page no longer takes entries or edits. */
	ENDED(ErrorKind.CONFLICT, "live.error.ended"), BODY_REQUIRED(ErrorKind.INVALID, "live.error.body-required"),
	BODY_TOO_LONG(ErrorKind.INVALID, "live.error.body-too-long"),
	TITLE_TOO_LONG(ErrorKind.INVALID, "live.error.title-too-long"),
	BYLINE_TOO_LONG(ErrorKind.INVALID, "live.error.byline-too-long"),
	/** An image that is not one of our uploads, or a video from a host not allowed. */
	MEDIA_NOT_ALLOWED(ErrorKind.INVALID, "live.error.media-not-allowed"),
	/** An update check whose last entry is not a number. */
	AFTER_INVALID(ErrorKind.INVALID, "live.error.after-invalid"),
	/** Only articles of kind LIVE carry a stream. */
	NOT_LIVE_KIND(ErrorKind.INVALID, "live.error.not-live-kind");

	private final ErrorKind kind;

	private final String messageKey;

	LiveError(ErrorKind kind, String messageKey) {
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
