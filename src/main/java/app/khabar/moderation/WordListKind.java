package app.khabar.moderation;

/** The two word lists of screening. */
public enum WordListKind {

	/** A match makes a comment not publishable. */
	BANNED,
	/** A match holds a comment for a moderator. */
	SUSPECT

}
