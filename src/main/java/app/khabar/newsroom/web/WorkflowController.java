package app.khabar.newsroom.web;

import java.time.Instant;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.khabar.account.CurrentStaff;
import app.khabar.account.StaffMember;
import app.khabar.article.ArticleDesk;
import app.khabar.article.ArticleError;
import app.khabar.article.ArticleLifecycle;
import app.khabar.article.EditableArticle;
import app.khabar.newsroom.NewsroomError;
import app.khabar.newsroom.NewsroomPermissions;
import app.khabar.persian.JalaliInput;
import app.khabar.shared.KhabarException;
import app.khabar.web.Notice;

/**
 * The workflow steps from the editor's page: submit, return to draft, publish, schedule,
 * unschedule, correct and retract. Each names the version the page showed and leads back
 * to the editor with what was done.
 */
@Controller
class WorkflowController {

	private final ArticleLifecycle lifecycle;

	private final ArticleDesk desk;

	private final NewsroomPermissions permissions;

	private final CurrentStaff current;

	WorkflowController(ArticleLifecycle lifecycle, ArticleDesk desk, NewsroomPermissions permissions,
			CurrentStaff current) {
		this.lifecycle = lifecycle;
		this.desk = desk;
		this.permissions = permissions;
		this.current = current;
	}

	@PostMapping("/newsroom/articles/{id}/submit")
	String submit(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		StaffMember staff = permissions.member(current.current());
		NewsroomPermissions.require(permissions.canSubmit(staff, find(id)));
		lifecycle.submit(staff.username(), id, version);
		return done(redirect, id, "newsroom.done.submitted");
	}

	@PostMapping("/newsroom/articles/{id}/return")
	String returnToDraft(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		StaffMember staff = editor(id);
		lifecycle.returnToDraft(staff.username(), id, version);
		return done(redirect, id, "newsroom.done.returned");
	}

	@PostMapping("/newsroom/articles/{id}/publish")
	String publish(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		StaffMember staff = editor(id);
		lifecycle.publish(staff.username(), id, version);
		return done(redirect, id, "newsroom.done.published");
	}

	@PostMapping("/newsroom/articles/{id}/schedule")
	String schedule(@PathVariable long id, @RequestParam long version, @RequestParam String at,
			RedirectAttributes redirect) {
		StaffMember staff = editor(id);
		Instant when = JalaliInput.parse(at)
			.orElseThrow(() -> new KhabarException(NewsroomError.INVALID_DATE_TIME, at));
		lifecycle.schedule(staff.username(), id, version, when);
		return done(redirect, id, "newsroom.done.scheduled");
	}

	@PostMapping("/newsroom/articles/{id}/unschedule")
	String unschedule(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		StaffMember staff = editor(id);
		lifecycle.unschedule(staff.username(), id, version);
		return done(redirect, id, "newsroom.done.unscheduled");
	}

	@PostMapping("/newsroom/articles/{id}/correct")
	String correct(@PathVariable long id, @RequestParam long version, @RequestParam String note,
			RedirectAttributes redirect) {
		StaffMember staff = corrector(id);
		lifecycle.correct(staff.username(), id, version, note);
		return done(redirect, id, "newsroom.done.corrected");
	}

	@PostMapping("/newsroom/articles/{id}/retract")
	String retract(@PathVariable long id, @RequestParam long version, @RequestParam String reason,
			RedirectAttributes redirect) {
		StaffMember staff = corrector(id);
		lifecycle.retract(staff.username(), id, version, reason);
		return done(redirect, id, "newsroom.done.retracted");
	}

	private static String done(RedirectAttributes redirect, long id, String doneKey) {
		Notice.done(redirect, doneKey);
		return ArticleEditorController.redirectToEditor(id);
	}

	private StaffMember editor(long id) {
		StaffMember staff = permissions.member(current.current());
		find(id);
		NewsroomPermissions.require(permissions.canPublish(staff));
		return staff;
	}

	private StaffMember corrector(long id) {
		StaffMember staff = permissions.member(current.current());
		find(id);
		NewsroomPermissions.require(permissions.canCorrect(staff));
		return staff;
	}

	private EditableArticle find(long id) {
		return desk.find(id).orElseThrow(() -> new KhabarException(ArticleError.NOT_FOUND));
	}

}
