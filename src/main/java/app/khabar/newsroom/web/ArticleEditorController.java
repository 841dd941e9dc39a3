package app.khabar.newsroom.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.khabar.account.CurrentStaff;
import app.khabar.account.StaffMember;
import app.khabar.article.ArticleCatalog;
import app.khabar.article.ArticleContent;
import app.khabar.article.ArticleDesk;
import app.khabar.article.ArticleError;
import app.khabar.article.ArticleLifecycle;
import app.khabar.article.ArticleStatus;
import app.khabar.article.AuthorDirectory;
import app.khabar.article.AutosaveResult;
import app.khabar.article.EditableArticle;
import app.khabar.article.Revision;
import app.khabar.article.Section;
import app.khabar.article.ShortLinks;
import app.khabar.article.VideoEmbeds;
import app.khabar.newsroom.NewsroomPermissions;
import app.khabar.persian.JalaliDates;
import app.khabar.persian.JalaliInput;
import app.khabar.shared.KhabarException;
import app.khabar.shared.PageRequest;
import app.khabar.web.Notice;
import app.khabar.web.Ui;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The newsroom's desk and the editor: create, edit, save, autosave. Every save carries
 * the version the form was read at: a save over a newer version is refused and answered
 * with both texts, and the refused text is kept as the writer's autosave, so no work is
 * lost. The workflow steps are {@link WorkflowController}'s.
 */
@Controller
class ArticleEditorController {

	static final String VIEW = "newsroom/edit";

	private final ArticleLifecycle lifecycle;

	private final ArticleDesk desk;

	private final ArticleCatalog catalog;

	private final NewsroomPermissions permissions;

	private final CurrentStaff current;

	private final Ui ui;

	private final VideoEmbeds videos;

	private final AuthorDirectory authors;

	ArticleEditorController(ArticleLifecycle lifecycle, ArticleDesk desk, ArticleCatalog catalog,
			NewsroomPermissions permissions, CurrentStaff current, Ui ui, VideoEmbeds videos, AuthorDirectory authors) {
		this.videos = videos;
		this.authors = authors;
		this.lifecycle = lifecycle;
		this.desk = desk;
		this.catalog = catalog;
		this.permissions = permissions;
		this.current = current;
		this.ui = ui;
	}

	@GetMapping({ "/newsroom", "/newsroom/" })
	String showDesk(Model model) {
		StaffMember staff = permissions.member(current.current());
		PageRequest first = PageRequest.of(1, 30);
		model.addAttribute("page",
				new DeskPage(staff, desk.createdBy(staff.username(), first),
						desk.withStatus(ArticleStatus.DRAFT, first), desk.withStatus(ArticleStatus.IN_REVIEW, first),
						desk.withStatus(ArticleStatus.SCHEDULED, first),
						desk.withStatus(ArticleStatus.PUBLISHED, first), permissions.canPublish(staff)));
		return "newsroom/desk";
	}

	@GetMapping("/newsroom/articles/new")
	String showNewArticleForm(CsrfToken csrf, Model model) {
		StaffMember staff = permissions.member(current.current());
		List<Section> sections = catalog.sections();
		var form = ArticleForm.empty(sections.isEmpty() ? 0 : sections.getFirst().id(),
				authors.ensureStaff(staff).id());
		return editor(model, staff, csrf, null, form, Map.of(), null, null);
	}

	@PostMapping("/newsroom/articles")
	String processNewArticleForm(@ModelAttribute ArticleForm form, CsrfToken csrf, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		StaffMember staff = permissions.member(current.current());
		Map<String, String> errors = errors(form);
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return editor(model, staff, csrf, null, form, errors, null, null);
		}
		long id = lifecycle.create(staff.username(), form.content(0));
		Notice.done(redirect, "newsroom.done.created");
		return redirectToEditor(id);
	}

	/**
	 * The autosave of a new article ({@code X-Autosave}) creates the draft too, and
	 * answers in JSON.
	 */
	@PostMapping(path = "/newsroom/articles", headers = "X-Autosave")
	ResponseEntity<Map<String, Object>> processNewArticleAutosave(@ModelAttribute ArticleForm form) {
		StaffMember staff = permissions.member(current.current());
		if (!errors(form).isEmpty()) {
			return ResponseEntity.unprocessableContent().body(Map.of("saved", false));
		}
		long id = lifecycle.create(staff.username(), form.content(0));
		return ResponseEntity.ok(Map.of("saved", true, "id", id, "version", 0, "action", "/newsroom/articles/" + id,
				"edit", "/newsroom/articles/" + id + "/edit"));
	}

	@GetMapping("/newsroom/articles/{id}/edit")
	String showArticleForm(@PathVariable long id, @RequestParam(required = false) @Nullable Long autosave,
			CsrfToken csrf, Model model) {
		StaffMember staff = permissions.member(current.current());
		EditableArticle article = find(id);
		Revision own = desk.autosave(id, staff.username())
			.filter(r -> r.createdAt().isAfter(article.article().updatedAt()))
			.orElse(null);
		ArticleForm form = ArticleForm.of(ArticleContent.of(article.article()), article.version());
		if (own != null && autosave != null && own.id() == autosave) {
			// the autosave keeps the version it was based on: saving it over a newer one
			// is a conflict, not a loss
			form = ArticleForm.of(own.content(), own.articleVersion());
			own = null;
		}
		return editor(model, staff, csrf, article, form, Map.of(), null, own);
	}

	@PostMapping("/newsroom/articles/{id}")
	String processArticleForm(@PathVariable long id, @ModelAttribute ArticleForm form, CsrfToken csrf, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		StaffMember staff = permissions.member(current.current());
		EditableArticle article = find(id);
		NewsroomPermissions.require(permissions.canEdit(staff, article));
		Map<String, String> errors = errors(form);
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return editor(model, staff, csrf, article, form, errors, null, null);
		}
		long version = form.version() == null ? -1 : form.version();
		ArticleContent mine = form.content(article.article().section().id());
		try {
			lifecycle.save(staff.username(), id, version, mine);
		}
		catch (KhabarException ex) {
			if (ex.code() != ArticleError.VERSION_CONFLICT) {
				throw ex;
			}
			lifecycle.autosave(staff.username(), id, version, mine);
			EditableArticle stored = find(id);
			ArticleContent theirs = ArticleContent.of(stored.article());
			var conflict = new EditorPage.Conflict(stored.version(), ArticleForm.of(theirs, stored.version()),
					FieldDiff.between(theirs, mine));
			response.setStatus(HttpStatus.CONFLICT.value());
			// the form keeps the writer's text; saving it again now replaces the stored
			// one, knowingly
			return editor(model, staff, csrf, stored, form.over(stored.version()), Map.of(), conflict, null);
		}
		Notice.done(redirect, "newsroom.done.saved");
		return redirectToEditor(id);
	}

	/**
	 * Keeps unsaved work as the writer's autosave revision; never changes the article.
	 */
	@PostMapping("/newsroom/articles/{id}/autosave")
	@ResponseBody
	Map<String, Object> autosave(@PathVariable long id, @ModelAttribute ArticleForm form) {
		StaffMember staff = permissions.member(current.current());
		EditableArticle article = find(id);
		NewsroomPermissions.require(permissions.canEdit(staff, article));
		long version = form.version() == null ? -1 : form.version();
		AutosaveResult result = lifecycle.autosave(staff.username(), id, version,
				form.content(article.article().section().id()));
		var answer = new LinkedHashMap<String, Object>();
		answer.put("saved", true);
		answer.put("stale", result.stale());
		answer.put("storedVersion", result.storedVersion());
		answer.put("message", ui.t(result.stale() ? "newsroom.autosave.stale" : "newsroom.autosave.saved",
				JalaliDates.formatTime(Instant.now())));
		return answer;
	}

	/** Where the editor's posts and the workflow's steps lead back to. */
	static String redirectToEditor(long id) {
		return "redirect:/newsroom/articles/" + id + "/edit";
	}

	private String editor(Model model, StaffMember staff, CsrfToken csrf, @Nullable EditableArticle article,
			ArticleForm form, Map<String, String> errors, EditorPage.@Nullable Conflict conflict,
			@Nullable Revision autosave) {
		EditorPage.Actions actions = article == null ? EditorPage.Actions.NEW : actions(staff, article);
		String scheduleText = article != null && article.scheduledAt() != null
				? JalaliInput.format(article.scheduledAt()) : "";
		model.addAttribute("page",
				new EditorPage(staff, Csrf.of(csrf), article, form, errors, catalog.sections(), actions, conflict,
						autosave, scheduleText, article == null ? List.of() : desk.notes(article.id()),
						article == null ? null : ShortLinks.path(article.id()), authors.staffAuthors()));
		return VIEW;
	}

	/**
	 * The form's own checks, and a video's source: our upload or an allowed embed host.
	 */
	private Map<String, String> errors(ArticleForm form) {
		Map<String, String> errors = new LinkedHashMap<>(form.errors());
		String ref = form.mediaRef() == null ? "" : form.mediaRef().strip();
		if (!errors.containsKey("mediaRef") && "VIDEO".equals(form.kind()) && !ref.isEmpty()
				&& videos.player(ref) == null) {
			errors.put("mediaRef", "newsroom.form.error.video-ref");
		}
		return errors;
	}

	private EditorPage.Actions actions(StaffMember staff, EditableArticle article) {
		ArticleStatus s = article.status();
		boolean editor = permissions.canPublish(staff);
		boolean corrector = permissions.canCorrect(staff);
		return new EditorPage.Actions(permissions.canEdit(staff, article),
				permissions.canSubmit(staff, article) && s == ArticleStatus.DRAFT,
				editor && s == ArticleStatus.IN_REVIEW,
				editor && (s == ArticleStatus.DRAFT || s == ArticleStatus.IN_REVIEW || s == ArticleStatus.SCHEDULED),
				editor && (s == ArticleStatus.DRAFT || s == ArticleStatus.IN_REVIEW || s == ArticleStatus.SCHEDULED),
				editor && s == ArticleStatus.SCHEDULED, corrector && s == ArticleStatus.PUBLISHED,
				corrector && s == ArticleStatus.PUBLISHED);
	}

	private EditableArticle find(long id) {
		return desk.find(id).orElseThrow(() -> new KhabarException(ArticleError.NOT_FOUND));
	}

}
