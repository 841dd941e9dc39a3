package app.khabar.moderation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import app.khabar.comment.CommentStatus;
import app.khabar.comment.spi.ReasonCode;

/**
 * What the queue shows: comments of a status (pending by default), optionally of one
 * section or article, held for one reason, containing a text (matched folded, however it
 * was typed), or in one band of the screening model's risk; in time order or by risk.
 * Pages are keyset pages: {@code after} is the position of the last comment of the
 * previous page, null for the first page.
 */
public record QueueFilter(CommentStatus status, @Nullable Long sectionId, @Nullable Long articleId,
		@Nullable ReasonCode reason, @Nullable String text, @Nullable Position after, int size, QueueOrder order,
		@Nullable RiskBand band) {

	public static final int DEFAULT_SIZE = 50;

	public static final int MAX_SIZE = 200;

	public QueueFilter {
		size = Math.clamp(size, 1, MAX_SIZE);
		text = text == null || text.isBlank() ? null : text.strip();
	}

	/** In time order, any risk. */
	public QueueFilter(CommentStatus status, @Nullable Long sectionId, @Nullable Long articleId,
			@Nullable ReasonCode reason, @Nullable String text, @Nullable Position after, int size) {
		this(status, sectionId, articleId, reason, text, after, size, QueueOrder.TIME, null);
	}

	/** The first page of pending comments, oldest first. */
	public static QueueFilter pending() {
		return new QueueFilter(CommentStatus.PENDING, null, null, null, null, null, DEFAULT_SIZE);
	}

	public QueueFilter after(@Nullable Position position) {
		return new QueueFilter(status, sectionId, articleId, reason, text, position, size, order, band);
	}

	public QueueFilter ordered(QueueOrder newOrder, @Nullable RiskBand newBand) {
		return new QueueFilter(status, sectionId, articleId, reason, text, after, size, newOrder, newBand);
	}

	/**
	 * Pending comments come oldest first (the queue's order); decided ones newest first.
	 */
	public boolean oldestFirst() {
		return status == CommentStatus.PENDING;
	}

	/**
	 * A place in the queue's order: a comment's time, then its id; in a risk order, its
	 * score first ({@code risk}, null for a comment the model did not score, which comes
	 * after the scored ones in time order).
	 */
	public record Position(Instant createdAt, long commentId, @Nullable Double risk) {

		public Position(Instant createdAt, long commentId) {
			this(createdAt, commentId, null);
		}

		/**
		 * The position as one URL-safe token, e.g. {@code 1764115200123456789.42}, with
		 * {@code ~0.93} after it for a score.
		 */
		public String token() {
			long nanos = createdAt.getEpochSecond() * 1_000_000_000L + createdAt.getNano();
			return nanos + "." + commentId + (risk == null ? "" : "~" + risk);
		}

		/**
		 * The position of a token, or null when the token is malformed (the first page
		 * then).
		 */
		public static @Nullable Position parse(@Nullable String token) {
			if (token == null) {
				return null;
			}
			int dot = token.indexOf('.');
			int tilde = token.indexOf('~');
			try {
				long nanos = Long.parseLong(token.substring(0, dot));
				long id = Long.parseLong(token.substring(dot + 1, tilde < 0 ? token.length() : tilde));
				Double risk = tilde < 0 ? null : Double.valueOf(token.substring(tilde + 1));
				if (risk != null && !(risk >= 0 && risk <= 1)) {
					return null;
				}
				return new Position(Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L),
						Math.floorMod(nanos, 1_000_000_000L)), id, risk);
			}
			catch (RuntimeException malformed) {
				return null;
			}
		}

	}

}
