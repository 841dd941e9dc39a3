package app.khabar.live;

import org.jspecify.annotations.Nullable;

import app.khabar.article.Media;

/**
 * What a reporter writes for an entry: an optional title, the body (rich text, or plain
 * lines made paragraphs), an optional image (one of our uploads) or video (ours or an
 * allowed host's) and the byline shown under it.
 */
public record EntryText(@Nullable String title, String body, Media media, String byline) {

	public static final int MAX_TITLE = 300;

	/** Characters of the body as typed: a long entry is an article, not an entry. */
	public static final int MAX_BODY = 20_000;

	public static final int MAX_BYLINE = 200;

	public static EntryText plain(@Nullable String title, String body, String byline) {
		return new EntryText(title, body, Media.NONE, byline);
	}

}
