package app.khabar.article;

/**
 * What the newsroom does to an article; each one is written to the audit log.
 */
public enum ArticleAction {

	CREATE, SAVE, SUBMIT, RETURN_TO_DRAFT, PUBLISH, SCHEDULE, UNSCHEDULE, CORRECT, RETRACT, RESTORE,
	/** A box placement changed (detail: box and move). */
	CURATE,
	/** The breaking-news ticker was set or cleared (article id 0). */
	TICKER,
	/**
	 * Comments opened, closed or their moderation changed (by a moderator, from the
	 * desk).
	 */
	COMMENT_SETTINGS;

	/** Message key of the action's name, e.g. {@code article.action.publish}. */
	public String messageKey() {
		return "article.action." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
