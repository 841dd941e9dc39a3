package app.khabar.feed;

import app.khabar.shared.ErrorCode;
import app.khabar.shared.ErrorKind;

/**
 * Failures of the editors' picks, each with its Persian message key.
 */
public enum FeedError implements ErrorCode {

	/** A story offered to the photo box or a non-video to the video box. */
	WRONG_KIND_FOR_BOX(ErrorKind.INVALID, "feed.error.wrong-kind-for-box"),
	/** Another editor changed the box after this editor's page was shown. */
	BOX_CHANGED(ErrorKind.CONFLICT, "feed.error.box-changed");

	private final ErrorKind kind;

	private final String messageKey;

	FeedError(ErrorKind kind, String messageKey) {
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
