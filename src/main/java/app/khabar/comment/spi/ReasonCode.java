package app.khabar.comment.spi;

/**
 * Why a comment was held or refused, stored with the comment and shown to moderators
 * (Persian labels under {@code moderation.reason.*}).
 */
public enum ReasonCode {

	/**
	 * Shorter than the minimum. No longer given (posting refuses such a text before
	 * screening); kept for the rows that earlier screening stored with it.
	 */
	TOO_SHORT,
	/**
	 * Longer than the maximum; like {@link #TOO_SHORT}, kept only for rows stored before.
	 */
	TOO_LONG,
	/** The client's address hash is banned. */
	BANNED_CLIENT,
	/** The given name is banned. */
	BANNED_NAME,
	/** Contains a word or phrase of the banned list: not publishable. */
	BANNED_WORD,
	/** Contains a word or phrase of the suspect list: a moderator decides. */
	SUSPECT_WORD,
	/** Contains the configured number of links or more. */
	LINKS,
	/** The same text again, by the same client, on the same article. */
	REPEAT,
	/** Too many comments from the same client in a short time. */
	FLOOD,
	/** The article is pre-moderated: every comment waits for a moderator. */
	PREMODERATION,
	/**
	 * The learned model scored it above the hold threshold (held, even on a
	 * post-moderated article) or above the reject threshold (not publishable); the detail
	 * is the score and the words that weighed most.
	 */
	LIKELY_OFFENSIVE;

	/** The key of the reason's Persian label for moderators. */
	public String messageKey() {
		return "moderation.reason." + name();
	}

}
