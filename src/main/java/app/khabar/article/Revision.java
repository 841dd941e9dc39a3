package app.khabar.article;

import java.time.Instant;

/**
 * An article's full content as it was at one point. A {@link Kind#SAVE} is what a save
 * (or a restore) made {@code articleVersion}; an {@link Kind#AUTOSAVE} is one author's
 * unsaved work, based on {@code articleVersion}.
 */
public record Revision(long id, long articleId, long articleVersion, Kind kind, String author, Instant createdAt,
		ArticleContent content) {

	public enum Kind {

		SAVE, AUTOSAVE

	}

}
