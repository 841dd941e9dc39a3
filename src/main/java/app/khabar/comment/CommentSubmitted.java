package app.khabar.comment;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import app.khabar.article.Section;
import app.khabar.comment.spi.ReasonCode;
import app.khabar.comment.spi.Risk;

/**
 * A reader's comment was stored, with the screening's verdict: published at once, held
 * for a moderator (with the reason), or refused as not publishable (with the reason); one
 * of {@link CommentsSubmitted}. It carries the stored name and text and the article's
 * section, so a listener need not read back the row or the article it was told about.
 *
 * @param section the article's section; null only for an imported comment on an article
 * that does not exist
 * @param risk the screening model's risk, null when no model scored it (no model, or an
 * imported comment)
 */
public record CommentSubmitted(long commentId, long articleId, @Nullable Section section, @Nullable Long parentId,
		CommentStatus status, @Nullable ReasonCode reason, @Nullable String reasonDetail, Instant createdAt,
		@Nullable String authorName, String text, @Nullable Risk risk) {
}
