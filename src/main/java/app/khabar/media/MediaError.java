package app.khabar.media;

import app.khabar.shared.ErrorCode;
import app.khabar.shared.ErrorKind;

/** What an upload or a media request can get wrong; messages in {@code messages/media.properties}. */
public enum MediaError implements ErrorCode {

	/** An upload whose content is none of the accepted formats, whatever its name says. */
	UNSUPPORTED(ErrorKind.INVALID, "media.error.unsupported"),
	/** An image that starts like one but cannot be decoded. */
	BROKEN(ErrorKind.INVALID, "media.error.broken"),
	TOO_LARGE(ErrorKind.TOO_LARGE, "media.error.too-large"),
	/** More pixels than we decode (a small file can unpack to gigabytes). */
	TOO_MANY_PIXELS(ErrorKind.INVALID, "media.error.too-many-pixels"),
	NOT_FOUND(ErrorKind.NOT_FOUND, "media.error.not-found"),
	EMPTY(ErrorKind.INVALID, "media.error.empty");

	private final ErrorKind kind;

	private final String messageKey;

	MediaError(ErrorKind kind, String messageKey) {
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
