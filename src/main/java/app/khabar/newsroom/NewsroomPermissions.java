package app.khabar.newsroom;

import java.util.Optional;

import org.springframework.stereotype.Component;

import app.khabar.account.Role;
import app.khabar.account.StaffMember;
import app.khabar.article.ArticleStatus;
import app.khabar.article.EditableArticle;
import app.khabar.shared.KhabarException;

/**
 * Who may do what in the newsroom (a Guardian-style policy, as in Discourse): reporters
 * write and submit their own articles while they are drafts or in review; editors also
 * publish, schedule, correct, retract and curate, and edit anyone's article; admins may
 * do everything. The workflow decides separately whether a step exists at all. A staff
 * member is the account module's {@link StaffMember}; their username is what the workflow
 * records as the actor.
 */
@Component
public class NewsroomPermissions {

	/**
	 * The staff member on the request if they belong to the newsroom (reporter, editor or
	 * admin); anyone else, a reader included, is refused with a Persian 403, even if a
	 * URL rule let them through.
	 */
	public StaffMember member(Optional<StaffMember> current) {
		return current.filter(this::canWrite).orElseThrow(() -> new KhabarException(NewsroomError.FORBIDDEN));
	}

	/** Any newsroom member may open the newsroom and write a new draft. */
	public boolean canWrite(StaffMember staff) {
		return staff.can(Role.REPORTER) || isEditor(staff);
	}

	public boolean canEdit(StaffMember staff, EditableArticle article) {
		if (article.status() == ArticleStatus.RETRACTED) {
			return false;
		}
		if (isEditor(staff)) {
			return true;
		}
		return ownDraftOrInReview(staff, article);
	}

	public boolean canSubmit(StaffMember staff, EditableArticle article) {
		return isEditor(staff) || ownDraftOrInReview(staff, article);
	}

	/** Publish, schedule, unschedule, send back to draft. */
	public boolean canPublish(StaffMember staff) {
		return isEditor(staff);
	}

	/** Correct and retract published articles. */
	public boolean canCorrect(StaffMember staff) {
		return isEditor(staff);
	}

	public boolean canCurate(StaffMember staff) {
		return isEditor(staff);
	}

	public boolean canReadAudit(StaffMember staff) {
		return isEditor(staff);
	}

	/** Throws a Persian 403 unless {@code allowed}. */
	public static void require(boolean allowed) {
		if (!allowed) {
			throw new KhabarException(NewsroomError.FORBIDDEN);
		}
	}

	private static boolean isEditor(StaffMember staff) {
		return staff.can(Role.EDITOR);
	}

	private static boolean ownDraftOrInReview(StaffMember staff, EditableArticle article) {
		return staff.can(Role.REPORTER) && staff.username().equals(article.createdBy())
				&& (article.status() == ArticleStatus.DRAFT || article.status() == ArticleStatus.IN_REVIEW);
	}

}
