package app.khabar.comment;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import app.khabar.comment.spi.ReasonCode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * What became of the comments readers sent (README "Metrics"):
 * {@code khabar.comment.accepted} counts the stored ones by the status screening gave
 * them and its reason, {@code khabar.comment.refused} the ones refused before anything
 * was stored, by their error. Every counter is registered up front, so the intake only
 * increments one (no tags built per comment), and a rate over the first refusal of a kind
 * is not lost to a series that appeared with it.
 */
final class PostingMeters {

	/** What {@link CommentPosting#post} refuses; a refusal of another kind is rare. */
	private static final List<CommentError> REFUSALS = List.of(CommentError.TOO_FAST, CommentError.CAPTCHA_FAILED,
			CommentError.ARTICLE_NOT_FOUND, CommentError.COMMENTS_CLOSED, CommentError.INVALID_TEXT,
			CommentError.INVALID_NAME, CommentError.INVALID_PARENT);

	private static final String NONE = "none";

	/** By status, then by reason (its ordinal + 1; 0 is no reason). */
	private final Counter[][] accepted;

	private final Map<CommentError, Counter> refused = new EnumMap<>(CommentError.class);

	private final MeterRegistry meters;

	PostingMeters(MeterRegistry meters) {
		this.meters = meters;
		ReasonCode[] reasons = ReasonCode.values();
		CommentStatus[] statuses = CommentStatus.values();
		this.accepted = new Counter[statuses.length][reasons.length + 1];
		for (CommentStatus status : statuses) {
			accepted[status.ordinal()][0] = acceptedCounter(status, NONE);
			for (ReasonCode reason : reasons) {
				accepted[status.ordinal()][reason.ordinal() + 1] = acceptedCounter(status, tag(reason));
			}
		}
		for (CommentError error : REFUSALS) {
			refused.put(error, refusedCounter(error));
		}
	}

	void accepted(CommentStatus status, @Nullable ReasonCode reason) {
		accepted[status.ordinal()][reason == null ? 0 : reason.ordinal() + 1].increment();
	}

	void refused(CommentError error) {
		Counter counter = refused.get(error);
		(counter != null ? counter : refusedCounter(error)).increment();
	}

	private Counter acceptedCounter(CommentStatus status, String reason) {
		return Counter.builder("khabar.comment.accepted")
			.description("Comments stored, by the status screening gave them and its reason")
			.tag("status", tag(status))
			.tag("reason", reason)
			.register(meters);
	}

	private Counter refusedCounter(CommentError error) {
		return Counter.builder("khabar.comment.refused")
			.description("Comments refused before anything was stored, by error")
			.tag("reason", tag(error))
			.register(meters);
	}

	private static String tag(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT);
	}

}
