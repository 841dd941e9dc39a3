package app.khabar.comment;

/**
 * A comment's public state, one of the three counters of the article page.
 */
public enum CommentStatus {

	/** Awaiting review (در انتظار بررسی). */
	PENDING,
	/** Published (انتشار یافته). */
	PUBLISHED,
	/** Not publishable (غیر قابل انتشار). */
	REJECTED

}
