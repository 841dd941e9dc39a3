package app.khabar.newsroom.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import app.khabar.account.CurrentStaff;
import app.khabar.account.StaffMember;
import app.khabar.article.ArticleCatalog;
import app.khabar.article.ArticleContent;
import app.khabar.article.ArticleDesk;
import app.khabar.article.ArticleError;
import app.khabar.article.ArticleLifecycle;
import app.khabar.article.ArticleStatus;
import app.khabar.article.AutosaveResult;
import app.khabar.article.EditableArticle;
import app.khabar.article.Revision;
import app.khabar.article.Section;
import app.khabar.article.ShortLinks;
import app.khabar.article.VideoEmbeds;
import app.khabar.newsroom.NewsroomError;
import app.khabar.newsroom.NewsroomPermissions;
import app.khabar.newsroom.WordDiff;
import app.khabar.persian.JalaliInput;
import app.khabar.shared.KhabarException;
import app.khabar.shared.Page;
import app.khabar.shared.PageRequest;
import app.khabar.web.PageRenderer;
import app.khabar.web.Ui;

/**
 * The newsroom's editor and workflow steps. Every write carries the version the form was read at: a save over a newer
 * version is refused and answered with both texts, and the refused text is kept as the writer's autosave, so no
 * work is lost. Pages are rendered per staff member and never cached.
 */
@Controller
class ArticleEditorController {

	private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

	/** What {@code ?done=} may say after a redirect; anything else is ignored. */
	private static final Set<String> DONE = Set.of("created", "saved", "submitted", "returned", "published",
			"scheduled", "unscheduled", "corrected", "retracted", "restored");

	private final ArticleLifecycle lifecycle;

	private final ArticleDesk desk;

	private final ArticleCatalog catalog;

	private final NewsroomPermissions permissions;

	private final CurrentStaff current;

	private final PageRenderer renderer;

	private final Ui ui;

	private final VideoEmbeds videos;

	ArticleEditorController(ArticleLifecycle lifecycle, ArticleDesk desk, ArticleCatalog catalog,
			NewsroomPermissions permissions, CurrentStaff current, PageRenderer renderer, Ui ui, VideoEmbeds videos) {
		this.videos = videos;
		this.lifecycle = lifecycle;
		this.desk = desk;
		this.catalog = catalog;
		this.permissions = permissions;
		this.current = current;
		this.renderer = renderer;
		this.ui = ui;
	}

	@GetMapping({ "/newsroom", "/newsroom/" })
	ResponseEntity<byte[]> desk() {
		StaffMember staff = permissions.member(current.current());
		NewsroomPermissions.require(permissions.canWrite(staff));
		PageRequest first = PageRequest.of(1, 30);
		var page = new DeskPage(staff, desk.createdBy(staff.username(), first), desk.withStatus(ArticleStatus.DRAFT, first),
				desk.withStatus(ArticleStatus.IN_REVIEW, first), desk.withStatus(ArticleStatus.SCHEDULED, first),
				desk.withStatus(ArticleStatus.PUBLISHED, first), permissions.canPublish(staff));
		return html(HttpStatus.OK, "newsroom/desk", page);
	}

	@GetMapping("/newsroom/articles/new")
	ResponseEntity<byte[]> newArticle(CsrfToken csrf) {
		StaffMember staff = permissions.member(current.current());
		NewsroomPermissions.require(permissions.canWrite(staff));
		List<Section> sections = catalog.sections();
		var form = ArticleForm.empty(sections.isEmpty() ? 0 : sections.getFirst().id());
		return editor(HttpStatus.OK, staff, csrf, null, form, Map.of(), null, null, null);
	}

	/** Creates the draft; an autosave ({@code X-Autosave}) of a new article does the same and answers in JSON. */
	@PostMapping("/newsroom/articles")
	ResponseEntity<?> create(@ModelAttribute ArticleForm form, CsrfToken csrf,
			@RequestHeader(name = "X-Autosave", required = false) @Nullable String autosave) {
		StaffMember staff = permissions.member(current.current());
		NewsroomPermissions.require(permissions.canWrite(staff));
		Map<String, String> errors = errors(form);
		if (!errors.isEmpty()) {
			if (autosave != null) {
				return ResponseEntity.unprocessableContent().body(Map.of("saved", false));
			}
			return editor(HttpStatus.UNPROCESSABLE_CONTENT, staff, csrf, null, form, errors, null, null, null);
		}
		long id = lifecycle.create(staff.username(), form.content(0));
		if (autosave != null) {
			return ResponseEntity.ok(Map.of("saved", true, "id", id, "version", 0, "action", "/newsroom/articles/" + id,
					"edit", "/newsroom/articles/" + id + "/edit"));
		}
		return redirect(id, "created");
	}

	@GetMapping("/newsroom/articles/{id}/edit")
	ResponseEntity<byte[]> edit(@PathVariable long id, @RequestParam(required = false) @Nullable String done,
			@RequestParam(required = false) @Nullable Long autosave, CsrfToken csrf) {
		StaffMember staff = permissions.member(current.current());
		NewsroomPermissions.require(permissions.canWrite(staff));
		EditableArticle article = find(id);
		Revision own = desk.autosave(id, staff.username())
			.filter(r -> r.createdAt().isAfter(article.article().updatedAt()))
			.orElse(null);
		ArticleForm form = ArticleForm.of(ArticleContent.of(article.article()), article.version());
		if (own != null && autosave != null && own.id() == autosave) {
			// the autosave keeps the version it was based on: saving it over a newer one is a conflict, not a loss
			form = ArticleForm.of(own.content(), own.articleVersion());
			own = null;
		}
		return editor(HttpStatus.OK, staff, csrf, article, form, Map.of(), done != null && DONE.contains(done) ? done : null, null,
				own);
	}

	@PostMapping("/newsroom/articles/{id}")
	ResponseEntity<byte[]> save(@PathVariable long id, @ModelAttribute ArticleForm form, CsrfToken csrf) {
		StaffMember staff = permissions.member(current.current());
		EditableArticle article = find(id);
		NewsroomPermissions.require(permissions.canEdit(staff, article));
		Map<String, String> errors = errors(form);
		if (!errors.isEmpty()) {
			return editor(HttpStatus.UNPROCESSABLE_CONTENT, staff, csrf, article, form, errors, null, null, null);
		}
		long version = form.version() == null ? -1 : form.version();
		ArticleContent mine = form.content(article.article().section().id());
		try {
			lifecycle.save(staff.username(), id, version, mine);
			return redirect(id, "saved");
		}
		catch (KhabarException ex) {
			if (ex.code() != ArticleError.VERSION_CONFLICT) {
				throw ex;
			}
			lifecycle.autosave(staff.username(), id, version, mine);
			EditableArticle stored = find(id);
			ArticleContent theirs = ArticleContent.of(stored.article());
			var conflict = new EditorPage.Conflict(stored.version(), ArticleForm.of(theirs, stored.version()),
					diffs(theirs, mine));
			// the form keeps the writer's text; saving it again now replaces the stored one, knowingly
			var yours = new ArticleForm(stored.version(), form.section(), form.kind(), form.kicker(), form.title(),
					form.lead(), form.body(), form.outlet(), form.agency(), form.reporter(), form.tags(), form.mediaRef(),
					form.mediaCaption(), form.commentsOpen(), form.moderation(), form.closeDays());
			return editor(HttpStatus.CONFLICT, staff, csrf, stored, yours, Map.of(), null, conflict, null);
		}
	}

	/** Keeps unsaved work as the writer's autosave revision; never changes the article. */
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
				ui.jalali(Instant.now())));
		return answer;
	}

	@PostMapping("/newsroom/articles/{id}/submit")
	ResponseEntity<byte[]> submit(@PathVariable long id, @RequestParam long version) {
		StaffMember staff = permissions.member(current.current());
		NewsroomPermissions.require(permissions.canSubmit(staff, find(id)));
		lifecycle.submit(staff.username(), id, version);
		return redirect(id, "submitted");
	}

	@PostMapping("/newsroom/articles/{id}/return")
	ResponseEntity<byte[]> returnToDraft(@PathVariable long id, @RequestParam long version) {
		StaffMember staff = editor(id);
		lifecycle.returnToDraft(staff.username(), id, version);
		return redirect(id, "returned");
	}

	@PostMapping("/newsroom/articles/{id}/publish")
	ResponseEntity<byte[]> publish(@PathVariable long id, @RequestParam long version) {
		StaffMember staff = editor(id);
		lifecycle.publish(staff.username(), id, version);
		return redirect(id, "published");
	}

	@PostMapping("/newsroom/articles/{id}/schedule")
	ResponseEntity<byte[]> schedule(@PathVariable long id, @RequestParam long version, @RequestParam String at) {
		StaffMember staff = editor(id);
		Instant when = JalaliInput.parse(at)
			.orElseThrow(() -> new KhabarException(NewsroomError.INVALID_DATE_TIME, at));
		lifecycle.schedule(staff.username(), id, version, when);
		return redirect(id, "scheduled");
	}

	@PostMapping("/newsroom/articles/{id}/unschedule")
	ResponseEntity<byte[]> unschedule(@PathVariable long id, @RequestParam long version) {
		StaffMember staff = editor(id);
		lifecycle.unschedule(staff.username(), id, version);
		return redirect(id, "unscheduled");
	}

	@PostMapping("/newsroom/articles/{id}/correct")
	ResponseEntity<byte[]> correct(@PathVariable long id, @RequestParam long version, @RequestParam String note) {
		StaffMember staff = permissions.member(current.current());
		find(id);
		NewsroomPermissions.require(permissions.canCorrect(staff));
		lifecycle.correct(staff.username(), id, version, note);
		return redirect(id, "corrected");
	}

	@PostMapping("/newsroom/articles/{id}/retract")
	ResponseEntity<byte[]> retract(@PathVariable long id, @RequestParam long version, @RequestParam String reason) {
		StaffMember staff = permissions.member(current.current());
		find(id);
		NewsroomPermissions.require(permissions.canCorrect(staff));
		lifecycle.retract(staff.username(), id, version, reason);
		return redirect(id, "retracted");
	}

	@GetMapping("/newsroom/articles/{id}/revisions")
	ResponseEntity<byte[]> revisions(@PathVariable long id, @RequestParam(required = false) @Nullable Long show,
			CsrfToken csrf) {
		StaffMember staff = permissions.member(current.current());
		NewsroomPermissions.require(permissions.canWrite(staff));
		EditableArticle article = find(id);
		List<Revision> all = desk.revisions(id);
		Revision shown = show == null ? null
				: desk.revision(show)
					.filter(r -> r.articleId() == id)
					.orElseThrow(() -> new KhabarException(ArticleError.REVISION_NOT_FOUND));
		List<FieldDiff> diffs = shown == null ? List.of()
				: diffs(shown.content(), ArticleContent.of(article.article()));
		var page = new RevisionsPage(Csrf.of(csrf), article, all, shown, diffs, permissions.canEdit(staff, article));
		return html(HttpStatus.OK, "newsroom/revisions", page);
	}

	@PostMapping("/newsroom/articles/{id}/revisions/{revision}/restore")
	ResponseEntity<byte[]> restore(@PathVariable long id, @PathVariable long revision, @RequestParam long version) {
		StaffMember staff = permissions.member(current.current());
		NewsroomPermissions.require(permissions.canEdit(staff, find(id)));
		lifecycle.restore(staff.username(), id, version, revision);
		return redirect(id, "restored");
	}

	@GetMapping("/newsroom/audit")
	ResponseEntity<byte[]> audit(@RequestParam(defaultValue = "1") int page) {
		StaffMember staff = permissions.member(current.current());
		NewsroomPermissions.require(permissions.canReadAudit(staff));
		Page<app.khabar.article.AuditEntry> entries = desk.auditLog(PageRequest.of(page, 50));
		return html(HttpStatus.OK, "newsroom/audit", new AuditPage(entries));
	}

	/** A step the article's status does not allow (a stale page, a replayed form): a Persian 409, not a 500. */
	@ExceptionHandler(IllegalStateException.class)
	ResponseEntity<byte[]> illegalStep(IllegalStateException ex) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("status", 409);
		params.put("title", ui.t("error.409.title"));
		params.put("message", ui.t(NewsroomError.ILLEGAL_STEP.messageKey()));
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.cacheControl(CacheControl.noStore())
			.contentType(HTML)
			.body(renderer.render("error/page", params));
	}

	private ResponseEntity<byte[]> editor(HttpStatus status, StaffMember staff, CsrfToken csrf,
			@Nullable EditableArticle article, ArticleForm form, Map<String, String> errors, @Nullable String done,
			EditorPage.@Nullable Conflict conflict, @Nullable Revision autosave) {
		EditorPage.Actions actions = article == null ? EditorPage.Actions.NEW : actions(staff, article);
		String scheduleText = article != null && article.scheduledAt() != null
				? JalaliInput.format(article.scheduledAt()) : "";
		var page = new EditorPage(staff, Csrf.of(csrf), article, form, errors, catalog.sections(), actions, done,
				conflict, autosave, scheduleText, article == null ? List.of() : desk.notes(article.id()),
				article == null ? null : ShortLinks.path(article.id()));
		return html(status, "newsroom/edit", page);
	}

	/** The form's own checks, and a video's source: our upload or an allowed embed host. */
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

	private List<FieldDiff> diffs(ArticleContent before, ArticleContent after) {
		var diffs = new ArrayList<FieldDiff>();
		add(diffs, "newsroom.field.kicker", text(before.kicker()), text(after.kicker()));
		add(diffs, "newsroom.field.title", before.title(), after.title());
		add(diffs, "newsroom.field.lead", before.lead(), after.lead());
		add(diffs, "newsroom.field.body", HtmlText.of(before.bodyHtml()), HtmlText.of(after.bodyHtml()));
		add(diffs, "newsroom.field.tags", String.join("، ", before.tags()), String.join("، ", after.tags()));
		add(diffs, "newsroom.field.media-ref", text(before.media().ref()), text(after.media().ref()));
		return diffs;
	}

	private static void add(List<FieldDiff> diffs, String label, String before, String after) {
		List<WordDiff.Segment> segments = WordDiff.of(before, after);
		if (WordDiff.changed(segments)) {
			diffs.add(new FieldDiff(label, segments));
		}
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

	private StaffMember editor(long id) {
		StaffMember staff = permissions.member(current.current());
		find(id);
		NewsroomPermissions.require(permissions.canPublish(staff));
		return staff;
	}

	private EditableArticle find(long id) {
		return desk.find(id).orElseThrow(() -> new KhabarException(ArticleError.NOT_FOUND));
	}

	private ResponseEntity<byte[]> html(HttpStatus status, String template, Object page) {
		return ResponseEntity.status(status)
			.cacheControl(CacheControl.noStore())
			.contentType(HTML)
			.body(renderer.render(template, Map.of("page", page)));
	}

	private static ResponseEntity<byte[]> redirect(long id, String done) {
		return ResponseEntity.status(HttpStatus.SEE_OTHER)
			.location(URI.create("/newsroom/articles/" + id + "/edit?done=" + done))
			.build();
	}

}
