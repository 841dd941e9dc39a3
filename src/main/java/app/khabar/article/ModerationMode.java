package app.khabar.article;

/**
 * How an article's comments are moderated: held until a moderator decides (pre, the
 * default on Persian portals), or published at once and reviewed after (post).
 */
public enum ModerationMode {

	PRE, POST

}
