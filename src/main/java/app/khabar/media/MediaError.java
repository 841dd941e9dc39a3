package app.khabar.media;

import java.util.Locale;

import app.khabar.shared.ErrorCode;
import app.khabar.shared.ErrorKind;

/**
 * What an upload or a media request can get wrong. The message key is the constant's name
 * under {@code media.error.} ({@code TOO_LARGE} is {@code media.error.too-large}), in
 * {@code messages/media.properties}.
 */
public enum MediaError implements ErrorCode {

	/**
	 * An upload whose content is none of the accepted formats, whatever its name says.
	 */
	UNSUPPORTED,
	/** An image that starts like one but cannot be decoded. */
	BROKEN, TOO_LARGE,
	/** More pixels than we decode (a small file can unpack to gigabytes). */
	TOO_MANY_PIXELS, NOT_FOUND, EMPTY;

	@Override
	public ErrorKind kind() {
		return switch (this) {
			case TOO_LARGE -> ErrorKind.TOO_LARGE;
			case NOT_FOUND -> ErrorKind.NOT_FOUND;
			case UNSUPPORTED, BROKEN, TOO_MANY_PIXELS, EMPTY -> ErrorKind.INVALID;
		};
	}

	@Override
	public String messageKey() {
		return "media.error." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
