package app.khabar.newsroom.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.khabar.account.CurrentStaff;
import app.khabar.account.StaffMember;
import app.khabar.article.ArticleAction;
import app.khabar.article.ArticleCatalog;
import app.khabar.article.ArticleDesk;
import app.khabar.article.ArticleError;
import app.khabar.article.ArticleKind;
import app.khabar.article.ArticleLifecycle;
import app.khabar.feed.Box;
import app.khabar.feed.Curation;
import app.khabar.feed.Ticker;
import app.khabar.newsroom.NewsroomError;
import app.khabar.newsroom.NewsroomPermissions;
import app.khabar.persian.JalaliInput;
import app.khabar.shared.CommonError;
import app.khabar.shared.KhabarException;
import app.khabar.web.PageRenderer;

/**
 * {@code /newsroom/curation}: editors pick and order the home page's lead stories and the four boxes. Every change is
 * a plain form post (add, remove, move up, move down), so the page works by keyboard and without JavaScript.
 */
@Controller
class CurationController {

	private final Curation curation;

	private final ArticleCatalog catalog;

	private final ArticleDesk desk;

	private final NewsroomPermissions permissions;

	private final CurrentStaff current;

	private final PageRenderer renderer;

	private final Ticker ticker;

	private final ArticleLifecycle lifecycle;

	CurationController(Curation curation, ArticleCatalog catalog, ArticleDesk desk, NewsroomPermissions permissions,
			CurrentStaff current, PageRenderer renderer, Ticker ticker, ArticleLifecycle lifecycle) {
		this.ticker = ticker;
		this.lifecycle = lifecycle;
		this.curation = curation;
		this.catalog = catalog;
		this.desk = desk;
		this.permissions = permissions;
		this.current = current;
		this.renderer = renderer;
	}

	@GetMapping("/newsroom/curation")
	ResponseEntity<byte[]> show(@RequestParam(defaultValue = "") String q, CsrfToken csrf) {
		NewsroomPermissions.require(permissions.canCurate(permissions.member(current.current())));
		var boxes = java.util.Arrays.stream(Box.values())
			.map(box -> new CurationPage.BoxView(box, catalog.summaries(curation.articleIdsOf(box))))
			.toList();
		String query = q.strip();
		var found = query.isEmpty() ? List.<app.khabar.article.DeskRow>of() : desk.searchPublished(query, 20);
		byte[] html = renderer.render("newsroom/curation", Map.of("page", new CurationPage(Csrf.of(csrf), boxes, query, found, ticker.stored().orElse(null))));
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
			.body(html);
	}

	@PostMapping("/newsroom/curation/{box}/{move}")
	ResponseEntity<Void> change(@PathVariable String box, @PathVariable String move, @RequestParam long article,
			@RequestParam(defaultValue = "") String q) {
		StaffMember staff = permissions.member(current.current());
		NewsroomPermissions.require(permissions.canCurate(staff));
		Box target = box(box);
		List<Long> ids = new ArrayList<>(curation.articleIdsOf(target));
		int at = ids.indexOf(article);
		switch (move) {
			case "add" -> {
				var found = catalog.findPublished(article).orElseThrow(() -> new KhabarException(ArticleError.NOT_FOUND));
				// the photo and video boxes are fed by galleries and videos only
				if (target == Box.FEATURED_PHOTO && found.kind() != ArticleKind.GALLERY
						|| target == Box.FEATURED_VIDEO && found.kind() != ArticleKind.VIDEO) {
					throw new KhabarException(NewsroomError.WRONG_KIND_FOR_BOX);
				}
				if (at < 0) {
					ids.add(article);
				}
			}
			case "remove" -> ids.remove(Long.valueOf(article));
			case "up" -> {
				if (at > 0) {
					ids.add(at - 1, ids.remove(at));
				}
			}
			case "down" -> {
				if (at >= 0 && at < ids.size() - 1) {
					ids.add(at + 1, ids.remove(at));
				}
			}
			default -> throw new KhabarException(CommonError.NOT_FOUND);
		}
		curation.replace(target, ids);
		lifecycle.recordCuration(staff.username(), article, ArticleAction.CURATE, target.name() + " " + move);
		String back = "/newsroom/curation" + (q.isBlank() ? "" : "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))
				+ "#box-" + target.name();
		return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(back)).build();
	}

	/** Sets the breaking-news ticker; {@code expires} is an optional Jalali date-time. */
	@PostMapping("/newsroom/curation/ticker")
	ResponseEntity<Void> setTicker(@RequestParam String text, @RequestParam(defaultValue = "") String link,
			@RequestParam(defaultValue = "") String expires) {
		StaffMember staff = permissions.member(current.current());
		NewsroomPermissions.require(permissions.canCurate(staff));
		String line = text.strip();
		String href = link.strip();
		if (line.isEmpty() || line.length() > Ticker.MAX_TEXT || !href.isEmpty() && !Ticker.safeLink(href)) {
			throw new KhabarException(NewsroomError.INVALID_TICKER);
		}
		java.time.Instant until = expires.isBlank() ? null
				: JalaliInput.parse(expires)
					.orElseThrow(() -> new KhabarException(NewsroomError.INVALID_DATE_TIME, expires));
		ticker.set(staff.username(), line, href.isEmpty() ? null : href, until);
		lifecycle.recordCuration(staff.username(), 0, ArticleAction.TICKER, line);
		return back();
	}

	@PostMapping("/newsroom/curation/ticker/clear")
	ResponseEntity<Void> clearTicker() {
		StaffMember staff = permissions.member(current.current());
		NewsroomPermissions.require(permissions.canCurate(staff));
		ticker.clear(staff.username());
		lifecycle.recordCuration(staff.username(), 0, ArticleAction.TICKER, null);
		return back();
	}

	private static ResponseEntity<Void> back() {
		return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/newsroom/curation#ticker")).build();
	}

	private static Box box(String name) {
		for (Box box : Box.values()) {
			if (box.name().equals(name)) {
				return box;
			}
		}
		throw new KhabarException(CommonError.NOT_FOUND);
	}

}
