package app.khabar.moderation;

/** How the queue orders its comments. */
public enum QueueOrder {

	/** Pending comments oldest first, decided ones newest first. */
	TIME,
	/**
	 * The screening model's riskiest first (the default while the model is on), then the
	 * comments it did not score, in time order.
	 */
	RISKIEST,
	/**
	 * The model's lowest risk first, then the comments it did not score: the page the
	 * desk approves with one key.
	 */
	LOWEST_RISK;

	public boolean byRisk() {
		return this != TIME;
	}

}
