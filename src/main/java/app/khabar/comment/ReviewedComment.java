package app.khabar.comment;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import app.khabar.comment.spi.ReasonCode;

/**
 * A comment as a moderator sees it, in any status: what the reader wrote (and, after a
 * moderator's edit, the original), why screening held or refused it, and the version a
 * decision must name.
 *
 * @param text the text as shown to readers (edited, if a moderator edited it)
 * @param originalText what the reader wrote, if a moderator edited it; otherwise null
 * @param clientHash the keyed hash of the reader's address, for bans; null for imported
 * comments
 * @param version moves with every decision and edit; decisions name the version they were
 * made on
 */
public record ReviewedComment(long id, long articleId, @Nullable Long parentId, @Nullable String authorName,
		String text, @Nullable String originalText, @Nullable String countryCode, CommentStatus status,
		@Nullable ReasonCode reason, @Nullable String reasonDetail, Instant createdAt, @Nullable Instant editedAt,
		@Nullable String clientHash, long version) {

	/** Whether a moderator changed the text. */
	public boolean edited() {
		return originalText != null;
	}

}
