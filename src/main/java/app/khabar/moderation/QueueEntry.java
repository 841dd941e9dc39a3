package app.khabar.moderation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import app.khabar.comment.CommentStatus;
import app.khabar.comment.spi.ReasonCode;
import app.khabar.comment.spi.Risk;

/**
 * One comment in the moderation queue, with what a moderator needs to decide on it.
 *
 * @param version the comment's version: a decision names it, and fails if another
 * moderator moved it
 * @param articleTitle the article's title, or null if the article is gone
 * @param articlePath the article's public path, or null if the article is gone
 * @param originalText what the reader wrote, if a moderator edited the text
 * @param reason why screening held or refused it, null for comments that came another way
 * (imports)
 * @param parent the comment this one answers, null for a comment on the article (or an
 * answer to a comment that is gone)
 * @param risk the screening model's risk, null when no model scored it
 */
public record QueueEntry(long commentId, long version, long articleId, @Nullable String articleTitle,
		@Nullable String articlePath, @Nullable String sectionSlug, @Nullable Long parentId, @Nullable Parent parent,
		@Nullable String authorName, String text, @Nullable String originalText, @Nullable String countryCode,
		CommentStatus status, @Nullable ReasonCode reason, @Nullable String reasonDetail, Instant createdAt,
		@Nullable String clientHash, @Nullable Risk risk) {

	/**
	 * The comment a reply answers, as its card recalls it: who wrote it and how it
	 * begins.
	 */
	public record Parent(@Nullable String authorName, String excerpt, CommentStatus status) {
	}

	/** The position of this entry in the queue's order, time or risk. */
	public QueueFilter.Position position() {
		return new QueueFilter.Position(createdAt, commentId, risk == null ? null : risk.score());
	}

	/**
	 * Whether the desk's "approve the lowest-risk page" may publish it: scored by the
	 * model, and held for nothing but pre-moderation (a suspect word, links or a repeat
	 * need a moderator's eyes whatever the score).
	 */
	public boolean approvableByRisk() {
		return risk != null && status == CommentStatus.PENDING && reason == ReasonCode.PREMODERATION;
	}

}
