package app.khabar.feed;

import java.util.Locale;

import app.khabar.shared.ErrorCode;
import app.khabar.shared.ErrorKind;

/**
 * Failures of the editors' picks and unknown sitemaps. The message key is the constant's
 * name under {@code feed.error.} ({@code BOX_CHANGED} is {@code feed.error.box-changed}),
 * in {@code messages/feed.properties}.
 */
public enum FeedError implements ErrorCode {

	/** A story offered to the photo box or a non-video to the video box. */
	WRONG_KIND_FOR_BOX,
	/** Another editor changed the box after this editor's page was shown. */
	BOX_CHANGED,
	/** A sitemap that does not exist: a month that is not a month or has no articles. */
	SITEMAP_NOT_FOUND;

	@Override
	public ErrorKind kind() {
		return switch (this) {
			case WRONG_KIND_FOR_BOX -> ErrorKind.INVALID;
			case BOX_CHANGED -> ErrorKind.CONFLICT;
			case SITEMAP_NOT_FOUND -> ErrorKind.NOT_FOUND;
		};
	}

	@Override
	public String messageKey() {
		return "feed.error." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
