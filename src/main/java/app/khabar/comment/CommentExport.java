package app.khabar.comment;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Reads an article's comments for an export of the site: the published ones and those
 * awaiting review, with their threads; rejected ones stay behind.
 */
@Service
public class CommentExport {

	private final Comments comments;

	CommentExport(Comments comments) {
		this.comments = comments;
	}

	/** A comment as an export writes it. */
	public record Exported(long id, @Nullable Long parentId, @Nullable String authorName, String text,
			CommentStatus status, Instant createdAt) {
	}

	/**
	 * The article's published and held comments, oldest first (parents before replies).
	 */
	public List<Exported> publishedAndHeld(long articleId) {
		return comments.publishedAndHeldOf(articleId);
	}

}
