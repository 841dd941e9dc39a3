package app.khabar.moderation;

import org.jspecify.annotations.Nullable;

/**
 * A range of the screening model's risk score the queue can be narrowed to: from
 * {@code from} (included) to {@code to} (excluded; 1 included for the top band), or the
 * comments no model scored.
 */
public enum RiskBand {

	HIGH(0.8, null), MIDDLE(0.4, 0.8), LOW(0.0, 0.4), UNSCORED(null, null);

	private final @Nullable Double from;

	private final @Nullable Double to;

	RiskBand(@Nullable Double from, @Nullable Double to) {
		this.from = from;
		this.to = to;
	}

	public @Nullable Double from() {
		return from;
	}

	public @Nullable Double to() {
		return to;
	}

}
