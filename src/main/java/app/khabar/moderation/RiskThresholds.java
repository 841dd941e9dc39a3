package app.khabar.moderation;

import org.jspecify.annotations.Nullable;

import app.khabar.shared.KhabarException;

/**
 * Where the screening model's risk score (0-1) decides: below {@code low} a comment is
 * published without review (unless another rule holds it), at {@code hold} or above it is
 * held with reason {@code LIKELY_OFFENSIVE} even on a post-moderated article, at
 * {@code reject} or above it is not publishable. The site's thresholds: null is off. An
 * article's own: null inherits the site's.
 */
public record RiskThresholds(@Nullable Double low, @Nullable Double hold, @Nullable Double reject) {

	/** The site's until moderators change them: hold at 0.8, pass and reject off. */
	public static final RiskThresholds SITE_DEFAULT = new RiskThresholds(null, 0.8, null);

	/** An article without thresholds of its own. */
	public static final RiskThresholds INHERIT = new RiskThresholds(null, null, null);

	/** This article's thresholds with the site's where it has none. */
	public RiskThresholds over(RiskThresholds site) {
		return new RiskThresholds(low != null ? low : site.low(), hold != null ? hold : site.hold(),
				reject != null ? reject : site.reject());
	}

	/**
	 * @throws KhabarException {@link ModerationError#RISK_INVALID} unless each is within
	 * 0-1 and low &lt; hold &lt;= reject where set
	 */
	RiskThresholds validated() {
		boolean valid = inRange(low) && inRange(hold) && inRange(reject) && (low == null || hold == null || low < hold)
				&& (hold == null || reject == null || hold <= reject)
				&& (low == null || reject == null || low < reject);
		if (!valid) {
			throw new KhabarException(ModerationError.RISK_INVALID);
		}
		return this;
	}

	private static boolean inRange(@Nullable Double value) {
		return value == null || (value >= 0 && value <= 1);
	}

}
