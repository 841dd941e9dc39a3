package app.khabar.comment.spi;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of screening a comment: publish it, hold it for a moderator, or refuse it.
 * Hold and reject carry the reason and, where useful to a moderator, a detail (the
 * matched word, the number of links). Any of them may carry the model's {@link Risk},
 * whichever phase decided, so the queue can show and sort by it.
 */
public sealed interface Verdict {

	/** The model's risk, or null when no model scored the comment. */
	@Nullable Risk risk();

	/** The same verdict with the model's risk. */
	Verdict withRisk(@Nullable Risk risk);

	record Publish(@Nullable Risk risk) implements Verdict {

		public Publish() {
			this(null);
		}

		@Override
		public Publish withRisk(@Nullable Risk risk) {
			return new Publish(risk);
		}

	}

	record Hold(ReasonCode reason, @Nullable String detail, @Nullable Risk risk) implements Verdict {

		public Hold(ReasonCode reason) {
			this(reason, null);
		}

		public Hold(ReasonCode reason, @Nullable String detail) {
			this(reason, detail, null);
		}

		@Override
		public Hold withRisk(@Nullable Risk risk) {
			return new Hold(reason, detail, risk);
		}

	}

	record Reject(ReasonCode reason, @Nullable String detail, @Nullable Risk risk) implements Verdict {

		public Reject(ReasonCode reason) {
			this(reason, null);
		}

		public Reject(ReasonCode reason, @Nullable String detail) {
			this(reason, detail, null);
		}

		@Override
		public Reject withRisk(@Nullable Risk risk) {
			return new Reject(reason, detail, risk);
		}

	}

	static Verdict publish() {
		return new Publish();
	}

}
