package app.khabar.newsroom.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.khabar.account.CurrentStaff;
import app.khabar.account.StaffMember;
import app.khabar.article.ArticleAction;
import app.khabar.article.ArticleCatalog;
import app.khabar.article.ArticleDesk;
import app.khabar.article.ArticleError;
import app.khabar.article.ArticleLifecycle;
import app.khabar.article.ArticleSummary;
import app.khabar.article.DeskRow;
import app.khabar.feed.Box;
import app.khabar.feed.BoxMove;
import app.khabar.feed.BoxOrder;
import app.khabar.feed.Curation;
import app.khabar.feed.FeedError;
import app.khabar.feed.Ticker;
import app.khabar.newsroom.NewsroomError;
import app.khabar.newsroom.NewsroomPermissions;
import app.khabar.persian.JalaliInput;
import app.khabar.persian.PersianDigits;
import app.khabar.shared.CommonError;
import app.khabar.shared.KhabarException;
import app.khabar.web.Notice;

/**
 * {@code /newsroom/curation}: editors pick and order the home page's lead stories and the
 * four boxes. Every change is a plain form post (add at a place, remove, move up, move
 * down) naming the box's version the page showed, so the page works by keyboard and
 * without JavaScript; the page's script ({@code curation.js}) posts the same forms, and
 * drags, asking for JSON, and reorders the box in place. {@link Curation} keeps the
 * rules. A refused change (another editor changed the box meanwhile, an article that does
 * not fit the box) comes back to the desk with the box's order and a Persian notice.
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
		List<DeskRow> rows = query.isEmpty() ? List.of() : desk.searchPublished(query, 20);
		List<ArticleSummary> found = catalog.summaries(rows.stream().map(DeskRow::id).toList());
		model.addAttribute("page", new CurationPage(Csrf.of(csrf), boxes, query, found, ticker.stored().orElse(null)));
		return "newsroom/curation";
	}

	/**
	 * Adds a found article to the box the editor picked ({@code target}: the box and the
	 * version the page showed, {@code DONT_MISS:7}), at the picked place or last.
	 */
	@PostMapping("/newsroom/curation/add")
	String add(@RequestParam String target, @RequestParam long article, @RequestParam(defaultValue = "") String place,
			@RequestParam(defaultValue = "") String q, RedirectAttributes redirect) {
		String[] parts = target.split(":", 2);
		Box box = parse(Box.class, parts[0]);
		long version = parts.length == 2 && parts[1].matches("[0-9]{1,18}") ? Long.parseLong(parts[1]) : -1;
		return onDesk(box, q, redirect, () -> curate(box, BoxMove.ADD, article, version, place));
	}

	@PostMapping("/newsroom/curation/{box}/{move}")
	String change(@PathVariable String box, @PathVariable String move, @RequestParam long article,
			@RequestParam long version, @RequestParam(defaultValue = "") String place,
			@RequestParam(defaultValue = "") String q, RedirectAttributes redirect) {
		Box target = parse(Box.class, box);
		BoxMove step = parse(BoxMove.class, move.toUpperCase(Locale.ROOT));
		return onDesk(target, q, redirect, () -> curate(target, step, article, version, place));
	}

	/**
	 * The page's script: the same change, answered with the box's new order and version
	 * so the page reorders itself; a refusal is the shell's Persian problem (409 when the
	 * box changed).
	 */
	@PostMapping(path = "/newsroom/curation/{box}/{move}", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Object> changeJson(@PathVariable String box, @PathVariable String move, @RequestParam long article,
			@RequestParam long version, @RequestParam(defaultValue = "") String place) {
		Box target = parse(Box.class, box);
		BoxOrder order = curate(target, parse(BoxMove.class, move.toUpperCase(Locale.ROOT)), article, version, place);
		return Map.of("box", target.name(), "version", order.version(), "articles", order.articleIds());
	}

	private BoxOrder curate(Box box, BoxMove move, long article, long version, String place) {
		StaffMember staff = permissions.member(current.current());
		NewsroomPermissions.require(permissions.canCurate(staff));
		BoxOrder order = curation.change(box, version, move, article, place(place));
		lifecycle.recordCuration(staff.username(), article, ArticleAction.CURATE,
				box.name() + " " + move.name().toLowerCase(Locale.ROOT));
		return order;
	}

	/**
	 * A change from the page's forms: back to the box; a refusal (the box changed, the
	 * article does not fit it or is not published) is said on the desk, in Persian.
	 */
	private static String onDesk(Box box, String q, RedirectAttributes redirect, Runnable change) {
		try {
			change.run();
		}
		catch (KhabarException ex) {
			if (ex.code() != FeedError.BOX_CHANGED && ex.code() != FeedError.WRONG_KIND_FOR_BOX
					&& ex.code() != ArticleError.NOT_FOUND) {
				throw ex;
			}
			Notice.refused(redirect, ex);
		}
		return "redirect:/newsroom/curation" + (q.isBlank() ? "" : "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))
				+ "#box-" + box.name();
	}

	/** A place typed or picked in any digits; anything else is no place (last). */
	private static @Nullable Integer place(String text) {
		String latin = PersianDigits.toLatin(text.strip());
		return latin.matches("[0-9]{1,4}") ? Integer.valueOf(latin) : null;
	}

	/** Sets the breaking-news ticker; {@code expires} is an optional Jalali date-time. */
	@PostMapping("/newsroom/curation/ticker")
	String setTicker(@RequestParam String text, @RequestParam(defaultValue = "") String link,
			@RequestParam(defaultValue = "") String expires, RedirectAttributes redirect) {
		StaffMember staff = permissions.member(current.current());
		NewsroomPermissions.require(permissions.canCurate(staff));
		String line = text.strip();
		String href = link.strip();
		if (line.isEmpty() || line.length() > Ticker.MAX_TEXT || !href.isEmpty() && !Ticker.safeLink(href)) {
			Notice.refused(redirect, new KhabarException(NewsroomError.INVALID_TICKER));
			return TICKER;
		}
		Optional<Instant> parsed = JalaliInput.parse(expires);
		if (!expires.isBlank() && parsed.isEmpty()) {
			Notice.refused(redirect, new KhabarException(NewsroomError.INVALID_DATE_TIME, expires));
			return TICKER;
		}
		@Nullable Instant until = parsed.orElse(null);
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
