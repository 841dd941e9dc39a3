package app.khabar.comment;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.khabar.comment.spi.ReasonCode;
import app.khabar.comment.spi.RejectionReasons;

/**
 * Opens a commenter's receipt: the comment it was issued for, in its current state. A
 * refused comment carries the moderator's reason when a moderator refused it, screening's
 * otherwise, in words meant for the reader.
 */
@Service
public class CommentReceipts {

	private final Comments comments;

	private final RejectionReasons reasons;

	CommentReceipts(Comments comments, RejectionReasons reasons) {
		this.comments = comments;
		this.reasons = reasons;
	}

	@Transactional(readOnly = true)
	public Optional<CommentReceipt> open(Receipt receipt) {
		return comments.findByReceipt(receipt)
			.map(c -> new CommentReceipt(c.id(), c.articleId(), c.authorName(), c.text(), c.status(), c.createdAt(),
					c.status() == CommentStatus.REJECTED ? reasonKey(c) : null));
	}

	private String reasonKey(ReviewedComment comment) {
		return reasons.messageKeyOf(comment.id()).orElseGet(() -> screeningKey(comment.reason()));
	}

	/** Screening's reason as the reader reads it. */
	static String screeningKey(@org.jspecify.annotations.Nullable ReasonCode reason) {
		return "comment.receipt.reason." + (reason == null ? "OTHER" : reason.name());
	}

}
