package app.khabar.newsroom.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.khabar.account.CurrentStaff;
import app.khabar.account.StaffMember;
import app.khabar.article.ArticleContent;
import app.khabar.article.ArticleDesk;
import app.khabar.article.ArticleError;
import app.khabar.article.ArticleLifecycle;
import app.khabar.article.EditableArticle;
import app.khabar.article.Revision;
import app.khabar.newsroom.NewsroomPermissions;
import app.khabar.shared.KhabarException;
import app.khabar.web.Notice;

/**
 * An article's revisions, one revision's diff against the stored article, and restoring
 * it.
 */
@Controller
class RevisionsController {

	private final ArticleLifecycle lifecycle;

	private final ArticleDesk desk;

	private final NewsroomPermissions permissions;

	private final CurrentStaff current;

	RevisionsController(ArticleLifecycle lifecycle, ArticleDesk desk, NewsroomPermissions permissions,
			CurrentStaff current) {
		this.lifecycle = lifecycle;
		this.desk = desk;
		this.permissions = permissions;
		this.current = current;
	}

	@GetMapping("/newsroom/articles/{id}/revisions")
	String showRevisions(@PathVariable long id, @RequestParam(required = false) @Nullable Long show, CsrfToken csrf,
			Model model) {
		StaffMember staff = permissions.member(current.current());
		EditableArticle article = find(id);
		List<Revision> all = desk.revisions(id);
		Revision shown = show == null ? null
				: desk.revision(show)
					.filter(r -> r.articleId() == id)
					.orElseThrow(() -> new KhabarException(ArticleError.REVISION_NOT_FOUND));
		List<FieldDiff> diffs = shown == null ? List.of()
				: FieldDiff.between(shown.content(), ArticleContent.of(article.article()));
		model.addAttribute("page",
				new RevisionsPage(Csrf.of(csrf), article, all, shown, diffs, permissions.canEdit(staff, article)));
		return "newsroom/revisions";
	}

	@PostMapping("/newsroom/articles/{id}/revisions/{revision}/restore")
	String restore(@PathVariable long id, @PathVariable long revision, @RequestParam long version,
			RedirectAttributes redirect) {
		StaffMember staff = permissions.member(current.current());
		NewsroomPermissions.require(permissions.canEdit(staff, find(id)));
		lifecycle.restore(staff.username(), id, version, revision);
		Notice.done(redirect, "newsroom.done.restored");
		return ArticleEditorController.redirectToEditor(id);
	}

	private EditableArticle find(long id) {
		return desk.find(id).orElseThrow(() -> new KhabarException(ArticleError.NOT_FOUND));
	}

}
