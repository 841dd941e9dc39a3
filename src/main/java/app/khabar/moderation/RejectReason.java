package app.khabar.moderation;

/**
 * Why a moderator refuses a comment; labels under {@code moderation.reject.*}. A note may
 * add details.
 */
public enum RejectReason {

	/** Insults a person or a group. */
	INSULT,
	/** Advertising or spam. */
	SPAM,
	/** Not about the article. */
	OFF_TOPIC,
	/** Reveals someone's personal information. */
	PERSONAL_DATA,
	/** Unlawful content. */
	UNLAWFUL,
	/** Something else: the note says what. */
	OTHER;

	public String messageKey() {
		return "moderation.reject." + name();
	}

}
