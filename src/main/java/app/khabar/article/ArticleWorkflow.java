package app.khabar.article;

import static app.khabar.article.ArticleStatus.DRAFT;
import static app.khabar.article.ArticleStatus.IN_REVIEW;
import static app.khabar.article.ArticleStatus.PUBLISHED;
import static app.khabar.article.ArticleStatus.RETRACTED;
import static app.khabar.article.ArticleStatus.SCHEDULED;

/**
 * The newsroom's state machine: draft → in review → scheduled → published → (corrected |
 * retracted). Who may take a step is the newsroom's permission policy; whether the step
 * exists at all is decided here.
 */
final class ArticleWorkflow {

	private ArticleWorkflow() {
	}

	/**
	 * The status after {@code action}; an action the status does not allow is an
	 * {@link IllegalStateException}.
	 */
	static ArticleStatus next(ArticleStatus from, ArticleAction action) {
		ArticleStatus to = switch (action) {
			case CREATE -> null;
			case SAVE, RESTORE -> from == RETRACTED ? null : from;
			case SUBMIT -> from == DRAFT ? IN_REVIEW : null;
			case RETURN_TO_DRAFT -> from == IN_REVIEW ? DRAFT : null;
			case PUBLISH -> from == DRAFT || from == IN_REVIEW || from == SCHEDULED ? PUBLISHED : null;
			case SCHEDULE -> from == DRAFT || from == IN_REVIEW || from == SCHEDULED ? SCHEDULED : null;
			case UNSCHEDULE -> from == SCHEDULED ? DRAFT : null;
			// a correction is a published article's note, never a way back
			case CORRECT -> from == PUBLISHED ? PUBLISHED : null;
			case RETRACT -> from == PUBLISHED ? RETRACTED : null;
			// curation is about placement, not a step of the article
			case CURATE, TICKER -> null;
			// comment settings never move the article
			case COMMENT_SETTINGS -> from;
		};
		if (to == null) {
			throw new IllegalStateException("cannot " + action + " an article that is " + from);
		}
		return to;
	}

	static boolean allows(ArticleStatus from, ArticleAction action) {
		try {
			next(from, action);
			return true;
		}
		catch (IllegalStateException ex) {
			return false;
		}
	}

}
