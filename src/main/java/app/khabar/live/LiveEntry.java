package app.khabar.live;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import app.khabar.article.Media;

/**
 * One entry of a live page as stored: {@code bodyHtml} is sanitized rich text;
 * {@code pinRank} is null unless pinned (smaller shows first); {@code correctedAt} marks
 * a corrected entry; a removed entry stays stored but is shown to nobody.
 */
public record LiveEntry(long id, long articleId, Instant postedAt, @Nullable String title, String bodyHtml, Media media,
		String byline, String postedBy, @Nullable Integer pinRank, @Nullable Instant correctedAt,
		@Nullable Instant removedAt, @Nullable Long breakoutArticleId) {

	/**
	 * How long an untitled entry's headline may be, in its feed item and its schema.org
	 * update (Google asks for 110 characters at most).
	 */
	public static final int HEADLINE_MAX = 100;

	public boolean pinned() {
		return pinRank != null;
	}

	public boolean corrected() {
		return correctedAt != null;
	}

	public boolean removed() {
		return removedAt != null;
	}

	/** The entry's anchor on the page, for links and the JSON-LD. */
	public String anchor() {
		return "entry-" + id;
	}

}
