package app.khabar.article;

import java.time.Instant;

/**
 * A note readers see on an article: a correction (with its time), or the reason an
 * article was retracted.
 */
public record ArticleNote(long id, long articleId, Kind kind, String text, String author, Instant createdAt) {

	public enum Kind {

		CORRECTION, RETRACTION

	}

}
