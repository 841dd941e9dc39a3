package app.khabar.comment.spi;

/** How an article's comments are moderated. */
public enum ModerationMode {

	/** Every comment waits for a moderator (the default, as on Persian news sites). */
	PRE,
	/** Comments that pass screening are published at once; moderators review after the fact. */
	POST

}
