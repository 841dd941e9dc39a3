package app.khabar.newsroom.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.khabar.account.StaffMember;
import app.khabar.article.Article;
import app.khabar.article.ArticleCatalog;
import app.khabar.article.ArticleContent;
import app.khabar.article.ArticleKind;
import app.khabar.article.ArticleLifecycle;
import app.khabar.article.ArticleAction;
import app.khabar.article.Media;
import app.khabar.article.Source;
import app.khabar.account.CurrentStaff;
import app.khabar.feed.Ticker;
import app.khabar.live.EntryText;
import app.khabar.live.LiveCoverage;
import app.khabar.live.LiveDesk;
import app.khabar.live.LiveEntry;
import app.khabar.live.LiveError;
import app.khabar.live.LiveStreams;
import app.khabar.newsroom.NewsroomPermissions;
import app.khabar.shared.KhabarException;
import app.khabar.web.Notice;
import app.khabar.web.Ui;

/**
 * {@code /newsroom/live}: the live desk. A reporter types an entry and publishes it with
 * Ctrl+Enter (a plain form post, so it works without the script); what they type is saved
 * as they type (one draft per reporter and page, so several reporters work at once); the
 * published entries can be pinned and ordered, corrected, removed or promoted into a full
 * article that links back; editors end the coverage and point the ticker at the page.
 */
@Controller
class LiveDeskController {

	private final LiveDesk desk;

	private final LiveStreams streams;

	private final ArticleCatalog catalog;

	private final ArticleLifecycle lifecycle;

	private final NewsroomPermissions permissions;

	private final CurrentStaff current;

	private final Ticker ticker;

	private final Ui ui;

	LiveDeskController(LiveDesk desk, LiveStreams streams, ArticleCatalog catalog, ArticleLifecycle lifecycle,
			NewsroomPermissions permissions, CurrentStaff current, Ticker ticker, Ui ui) {
		this.desk = desk;
		this.streams = streams;
		this.catalog = catalog;
		this.lifecycle = lifecycle;
		this.permissions = permissions;
		this.current = current;
		this.ticker = ticker;
		this.ui = ui;
	}

	@GetMapping("/newsroom/live")
	String index(Model model) {
		writer();
		List<Article> live = new ArrayList<>();
		for (long id : streams.live(50)) {
			catalog.find(id).ifPresent(live::add);
		}
		model.addAttribute("page", new LiveDeskPage.Index(live));
		return "newsroom/live-index";
	}

	/** Opens the desk of a LIVE article by its number (e.g. one just created). */
	@GetMapping(path = "/newsroom/live", params = "article")
	String open(@RequestParam long article) {
		writer();
		return back(liveArticle(article).id());
	}

	@GetMapping("/newsroom/live/{id}")
	String show(@PathVariable long id, @RequestParam Optional<Long> correct, CsrfToken csrf, Model model) {
		StaffMember staff = writer();
		Article article = liveArticle(id);
		desk.start(id);
		LiveCoverage coverage = streams.of(id).orElseThrow(() -> new KhabarException(LiveError.NOT_FOUND));
		List<LiveEntry> entries = new ArrayList<>(coverage.pinned());
		entries.addAll(coverage.timeline());
		model.addAttribute("page",
				new LiveDeskPage(Csrf.of(csrf), article, coverage, desk.draft(id, staff.username()).orElse(null),
						staff.displayName(), entries, permissions.canPublish(staff), correct.orElse(null)));
		return "newsroom/live";
	}

	@PostMapping("/newsroom/live/{id}/entries")
	String post(@PathVariable long id, @RequestParam(defaultValue = "") String title, @RequestParam String body,
			@RequestParam(defaultValue = "") String byline, @RequestParam(defaultValue = "") String image,
			@RequestParam(defaultValue = "") String video, RedirectAttributes redirect) {
		StaffMember staff = writer();
		liveArticle(id);
		desk.post(id, staff.username(),
				text(title, body, byline.isBlank() ? staff.displayName() : byline, image, video));
		Notice.done(redirect, "live.done.posted");
		return back(id);
	}

	/** The autosave of what the reporter is typing, in JSON. */
	@PostMapping(path = "/newsroom/live/{id}/draft")
	ResponseEntity<Map<String, Object>> saveDraft(@PathVariable long id, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "") String body) {
		StaffMember staff = writer();
		desk.saveDraft(id, staff.username(), title, body);
		String saved = desk.draft(id, staff.username()).map(draft -> ui.jalali(draft.savedAt())).orElse("");
		return ResponseEntity.ok(Map.of("saved", ui.t("live.desk.autosaved", saved)));
	}

	@PostMapping("/newsroom/live/{id}/entries/{entry}/correct")
	String correct(@PathVariable long id, @PathVariable long entry, @RequestParam(defaultValue = "") String title,
			@RequestParam String body, @RequestParam(defaultValue = "") String image,
			@RequestParam(defaultValue = "") String video, RedirectAttributes redirect) {
		writer();
		LiveEntry stored = desk.entry(id, entry);
		desk.correct(id, entry, text(title, body, stored.byline(), image, video));
		Notice.done(redirect, "live.done.corrected");
		return back(id) + "#entry-" + entry;
	}

	@PostMapping("/newsroom/live/{id}/entries/{entry}/remove")
	String remove(@PathVariable long id, @PathVariable long entry, RedirectAttributes redirect) {
		writer();
		desk.remove(id, entry);
		Notice.done(redirect, "live.done.removed");
		return back(id);
	}

	@PostMapping("/newsroom/live/{id}/entries/{entry}/pin")
	String pin(@PathVariable long id, @PathVariable long entry, @RequestParam boolean pinned,
			RedirectAttributes redirect) {
		writer();
		desk.pin(id, entry, pinned);
		Notice.done(redirect, "live.done.pinned");
		return back(id) + "#entry-" + entry;
	}

	@PostMapping("/newsroom/live/{id}/entries/{entry}/move")
	String move(@PathVariable long id, @PathVariable long entry, @RequestParam boolean up,
			RedirectAttributes redirect) {
		writer();
		desk.movePin(id, entry, up);
		Notice.done(redirect, "live.done.pinned");
		return back(id) + "#entry-" + entry;
	}

	/**
	 * Promotes an entry into a draft article of its own, whose body links back to the
	 * live page; the entry links to it once it is published.
	 */
	@PostMapping("/newsroom/live/{id}/entries/{entry}/breakout")
	String breakout(@PathVariable long id, @PathVariable long entry, RedirectAttributes redirect) {
		StaffMember staff = writer();
		Article live = liveArticle(id);
		LiveEntry stored = desk.entry(id, entry);
		String title = stored.title() != null ? stored.title() : live.title();
		String backLink = "<p><a href=\"" + live.path() + "\">"
				+ ui.t("live.desk.breakout.link", live.title()).replace("&", "&amp;").replace("<", "&lt;") + "</a></p>";
		long article = lifecycle.create(staff.username(),
				new ArticleContent(live.section().id(), ArticleKind.STORY, null, title, "",
						stored.bodyHtml() + backLink, live.source() == null ? Source.NONE : live.source(),
						live.byline(), live.tags(), stored.media(), live.comments()));
		desk.breakout(id, entry, article);
		Notice.done(redirect, "live.done.breakout");
		return "redirect:/newsroom/articles/" + article;
	}

	@PostMapping("/newsroom/live/{id}/end")
	String end(@PathVariable long id, RedirectAttributes redirect) {
		StaffMember staff = writer();
		NewsroomPermissions.require(permissions.canPublish(staff));
		desk.end(id);
		Notice.done(redirect, "live.done.ended");
		return back(id);
	}

	/** Points the breaking-news ticker at the live page, with the page's title. */
	@PostMapping("/newsroom/live/{id}/ticker")
	String pointTicker(@PathVariable long id, RedirectAttributes redirect) {
		StaffMember staff = writer();
		NewsroomPermissions.require(permissions.canCurate(staff));
		Article article = liveArticle(id);
		String line = ui.t("live.badge") + ": " + article.title();
		ticker.set(staff.username(), line.length() > Ticker.MAX_TEXT ? line.substring(0, Ticker.MAX_TEXT) : line,
				article.path(), null);
		lifecycle.recordCuration(staff.username(), id, ArticleAction.TICKER, line);
		Notice.done(redirect, "live.done.ticker");
		return back(id);
	}

	private StaffMember writer() {
		StaffMember staff = permissions.member(current.current());
		NewsroomPermissions.require(permissions.canWrite(staff));
		return staff;
	}

	private Article liveArticle(long id) {
		return catalog.find(id)
			.filter(article -> article.kind() == ArticleKind.LIVE)
			.orElseThrow(() -> new KhabarException(LiveError.NOT_FOUND));
	}

	private static EntryText text(String title, String body, String byline, String image, String video) {
		Media media = !video.isBlank() ? new Media(Media.Type.VIDEO, video.strip(), null)
				: !image.isBlank() ? new Media(Media.Type.IMAGE, image.strip(), null) : Media.NONE;
		return new EntryText(title, body, media, byline);
	}

	private static String back(long id) {
		return "redirect:/newsroom/live/" + id;
	}

}
