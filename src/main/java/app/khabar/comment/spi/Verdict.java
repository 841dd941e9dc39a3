package app.khabar.comment.spi;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of screening a comment: publish it, hold it for a moderator, or refuse it.
 * Hold and reject carry the reason and, where useful to a moderator, a detail (the
 * matched word, the number of links).
 */
public sealed interface Verdict {

	record Publish() implements Verdict {
	}

	record Hold(ReasonCode reason, @Nullable String detail) implements Verdict {

		public Hold(ReasonCode reason) {
			this(reason, null);
		}

	}

	record Reject(ReasonCode reason, @Nullable String detail) implements Verdict {

		public Reject(ReasonCode reason) {
			this(reason, null);
		}

	}

	static Verdict publish() {
		return new Publish();
	}

}
