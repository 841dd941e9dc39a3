package app.khabar.article;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An article's comment settings: open or closed, the moderation mode, and an optional
 * automatic close N days after publication.
 */
public record CommentSettings(boolean open, ModerationMode mode, @Nullable Integer closeAfterDays) {

	public static final CommentSettings DEFAULT = new CommentSettings(true, ModerationMode.PRE, null);

	/**
	 * Whether readers may comment at {@code now}, given when the article was published.
	 */
	public boolean acceptsCommentsAt(Instant now, @Nullable Instant publishedAt) {
		if (!open) {
			return false;
		}
		return closeAfterDays == null || publishedAt == null
				|| now.isBefore(publishedAt.plus(Duration.ofDays(closeAfterDays)));
	}

}
