package app.khabar.newsroom.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

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
import app.khabar.article.ArticleAction;
import app.khabar.article.ArticleCatalog;
import app.khabar.article.ArticleDesk;
import app.khabar.article.ArticleLifecycle;
import app.khabar.article.DeskRow;
import app.khabar.feed.Box;
import app.khabar.feed.BoxMove;
import app.khabar.feed.Curation;
import app.khabar.feed.FeedError;
import app.khabar.feed.Ticker;
import app.khabar.newsroom.NewsroomError;
import app.khabar.newsroom.NewsroomPermissions;
import app.khabar.persian.JalaliInput;
import app.khabar.shared.CommonError;
import app.khabar.shared.KhabarException;
import app.khabar.web.Notice;

/**
 * {@code /newsroom/curation}: editors pick and order the home page's lead stories and the
 * four boxes. Every change is a plain form post (add, remove, move up, move down) naming
 * the box's version the page showed, so the page works by keyboard and without
 * JavaScript; {@link Curation} keeps the rules. A change to a box another editor changed
 * meanwhile comes back to the page with the box's new order and says so.
 */
@Controller
class CurationController {

	private static final String TICKER = "redirect:/newsroom/curation#ticker";

	private final Curation curation;

	private final ArticleCatalog catalog;

	private final ArticleDesk desk;

	private final NewsroomPermissions permissions;

	private final CurrentStaff current;

	private final Ticker ticker;

	private final ArticleLifecycle lifecycle;

	CurationController(Curation curation, ArticleCatalog catalog, ArticleDesk desk, NewsroomPermissions permissions,
			CurrentStaff current, Ticker ticker, ArticleLifecycle lifecycle) {
		this.ticker = ticker;
		this.lifecycle = lifecycle;
		this.curation = curation;
		this.catalog = catalog;
		this.desk = desk;
		this.permissions = permissions;
		this.current = current;
	}

	@GetMapping("/newsroom/curation")
	String show(@RequestParam(defaultValue = "") String q, CsrfToken csrf, Model model) {
		NewsroomPermissions.require(permissions.canCurate(permissions.member(current.current())));
		var boxes = Arrays.stream(Box.values())
			.map(curation::order)
			.map(order -> new CurationPage.BoxView(order.box(), order.version(), catalog.summaries(order.articleIds())))
			.toList();
		String query = q.strip();
		List<DeskRow> found = query.isEmpty() ? List.of() : desk.searchPublished(query, 20);
		model.addAttribute("page", new CurationPage(Csrf.of(csrf), boxes, query, found, ticker.stored().orElse(null)));
		return "newsroom/curation";
	}

	@PostMapping("/newsroom/curation/{box}/{move}")
	String change(@PathVariable String box, @PathVariable String move, @RequestParam long article,
			@RequestParam long version, @RequestParam(defaultValue = "") String q, RedirectAttributes redirect) {
		StaffMember staff = permissions.member(current.current());
		NewsroomPermissions.require(permissions.canCurate(staff));
		Box target = parse(Box.class, box);
		BoxMove step = parse(BoxMove.class, move.toUpperCase(Locale.ROOT));
		try {
			curation.change(target, version, step, article);
			lifecycle.recordCuration(staff.username(), article, ArticleAction.CURATE, target.name() + " " + move);
		}
		catch (KhabarException ex) {
			if (ex.code() != FeedError.BOX_CHANGED) {
				throw ex;
			}
			Notice.refused(redirect, ex);
		}
		return "redirect:/newsroom/curation" + (q.isBlank() ? "" : "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))
				+ "#box-" + target.name();
	}

	/** Sets the breaking-news ticker; {@code expires} is an optional Jalali date-time. */
	@PostMapping("/newsroom/curation/ticker")
	String setTicker(@RequestParam String text, @RequestParam(defaultValue = "") String link,
			@RequestParam(defaultValue = "") String expires) {
		StaffMember staff = permissions.member(current.current());
		NewsroomPermissions.require(permissions.canCurate(staff));
		String line = text.strip();
		String href = link.strip();
		if (line.isEmpty() || line.length() > Ticker.MAX_TEXT || !href.isEmpty() && !Ticker.safeLink(href)) {
			throw new KhabarException(NewsroomError.INVALID_TICKER);
		}
		@Nullable Instant until = expires.isBlank() ? null : JalaliInput.parse(expires)
			.orElseThrow(() -> new KhabarException(NewsroomError.INVALID_DATE_TIME, expires));
		ticker.set(staff.username(), line, href.isEmpty() ? null : href, until);
		lifecycle.recordCuration(staff.username(), 0, ArticleAction.TICKER, line);
		return TICKER;
	}

	@PostMapping("/newsroom/curation/ticker/clear")
	String clearTicker() {
		StaffMember staff = permissions.member(current.current());
		NewsroomPermissions.require(permissions.canCurate(staff));
		ticker.clear(staff.username());
		lifecycle.recordCuration(staff.username(), 0, ArticleAction.TICKER, null);
		return TICKER;
	}

	/**
	 * A box or a move by its name in the URL; an unknown one is a 404, as an unknown
	 * page.
	 */
	private static <E extends Enum<E>> E parse(Class<E> type, String name) {
		try {
			return Enum.valueOf(type, name);
		}
		catch (IllegalArgumentException unknown) {
			throw new KhabarException(CommonError.NOT_FOUND);
		}
	}

}
