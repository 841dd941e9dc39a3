package app.khabar.comment.spi;

import java.time.Instant;

import app.khabar.article.Article;

/**
 * Decides what happens to a new comment before it is stored: published, held for a
 * moderator, or refused. Implemented by the moderation module; the comment module calls
 * it once per submission, after the captcha and input checks (the length of the text
 * among them) and after {@link #acceptsComments} said yes.
 */
public interface CommentScreening {

	Verdict screen(ScreeningRequest request);

	/**
	 * Whether readers may comment on the article at {@code now}: its own settings
	 * (closed, auto-close after N days) and what moderators set for the whole site (an
	 * auto-close for articles without their own). The one answer to "are comments open":
	 * the article page shows the form exactly when it is true, and posting refuses with
	 * "comments closed" exactly when it is false. Cheap enough for every page view (no
	 * database access on the common path).
	 */
	boolean acceptsComments(Article article, Instant now);

}
