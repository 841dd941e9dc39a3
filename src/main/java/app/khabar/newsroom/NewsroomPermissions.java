package app.khabar.newsroom;

import org.springframework.stereotype.Component;

import app.khabar.article.ArticleStatus;
import app.khabar.article.EditableArticle;
import app.khabar.shared.KhabarException;

/**
 * Who may do what in the newsroom (a Guardian-style policy, as in Discourse): reporters write and submit their own
 * articles while they are drafts or in review; editors also publish, schedule, correct, retract and curate, and edit
 * anyone's article; admins may do everything. The workflow decides separately whether a step exists at all.
 */
@Component
public class NewsroomPermissions {

	/** Any newsroom member may open the newsroom and write a new draft. */
	public boolean canWrite(Staff staff) {
		return staff.is(Staff.Role.REPORTER) || isEditor(staff);
	}

	public boolean canEdit(Staff staff, EditableArticle article) {
		if (article.status() == ArticleStatus.RETRACTED) {
			return false;
		}
		if (isEditor(staff)) {
			return true;
		}
		return ownDraftOrInReview(staff, article);
	}

	public boolean canSubmit(Staff staff, EditableArticle article) {
		return isEditor(staff) || ownDraftOrInReview(staff, article);
	}

	/** Publish, schedule, unschedule, send back to draft. */
	public boolean canPublish(Staff staff) {
		return isEditor(staff);
	}

	/** Correct and retract published articles. */
	public boolean canCorrect(Staff staff) {
		return isEditor(staff);
	}

	public boolean canCurate(Staff staff) {
		return isEditor(staff);
	}

	public boolean canReadAudit(Staff staff) {
		return isEditor(staff);
	}

	/** Throws a Persian 403 unless {@code allowed}. */
	public static void require(boolean allowed) {
		if (!allowed) {
			throw new KhabarException(NewsroomError.FORBIDDEN);
		}
	}

	private static boolean isEditor(Staff staff) {
		return staff.is(Staff.Role.EDITOR) || staff.is(Staff.Role.ADMIN);
	}

	private static boolean ownDraftOrInReview(Staff staff, EditableArticle article) {
		return staff.is(Staff.Role.REPORTER) && staff.login().equals(article.createdBy())
				&& (article.status() == ArticleStatus.DRAFT || article.status() == ArticleStatus.IN_REVIEW);
	}

}
