package app.khabar.moderation;

/** What a ban names. */
public enum BanKind {

	/** A client's keyed address hash (as the queue shows it). */
	CLIENT,
	/** A commenter's name, matched folded: «علي رضا» is «علی‌رضا». */
	NAME

}
