package app.khabar.comment;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A published comment as readers see it, with its published replies.
 */
public record PublishedComment(long id, @Nullable Long parentId, @Nullable String authorName, String text,
		@Nullable String countryCode, Instant createdAt, int likes, int dislikes, List<PublishedComment> replies) {

	public PublishedComment {
		replies = List.copyOf(replies);
	}

}
