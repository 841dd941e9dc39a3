package app.khabar.comment.spi;

/**
 * Decides what happens to a new comment before it is stored: published, held for a moderator, or refused. Implemented
 * by the moderation module; the comment module calls it once per submission, after the captcha and input checks.
 */
public interface CommentScreening {

	Verdict screen(ScreeningRequest request);

}
