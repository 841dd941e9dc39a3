package app.khabar.feed.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import app.khabar.article.ArticleCatalog;
import app.khabar.article.ArticleError;
import app.khabar.article.ArticleSummary;
import app.khabar.article.Section;
import app.khabar.feed.Box;
import app.khabar.feed.Curation;
import app.khabar.feed.FrontVersion;
import app.khabar.feed.Popular;
import app.khabar.feed.Syndication;
import app.khabar.feed.Ticker;
import app.khabar.shared.KhabarException;
import app.khabar.shared.Page;
import app.khabar.shared.PageRequest;
import app.khabar.web.CachedPages;
import app.khabar.web.JsonLd;
import app.khabar.web.PageMeta;
import app.khabar.web.PageRenderer;
import app.khabar.web.Ui;

/**
 * The home page and the section fronts ({@code /service/{section}}), cached whole like
 * article pages.
 */
@Controller
class FrontController {

	static final int PAGE_SIZE = 20;

	static final int MAX_PAGE = 10_000;

	private final ArticleCatalog catalog;

	private final Curation curation;

	private final FrontVersion version;

	private final CachedPages pages;

	private final PageRenderer renderer;

	private final Ui ui;

	private final Ticker ticker;

	private final Popular popular;

	private final SiteData siteData;

	FrontController(ArticleCatalog catalog, Curation curation, FrontVersion version, CachedPages pages,
			PageRenderer renderer, Ui ui, Ticker ticker, Popular popular, SiteData siteData) {
		this.siteData = siteData;
		this.ticker = ticker;
		this.popular = popular;
		this.catalog = catalog;
		this.curation = curation;
		this.version = version;
		this.pages = pages;
		this.renderer = renderer;
		this.ui = ui;
	}

	@GetMapping("/")
	ResponseEntity<byte[]> home(@RequestParam(name = "page", defaultValue = "1") String page,
			HttpServletRequest request) {
		int number = pageNumber(page);
		String key = version.current() + "." + ticker.version() + "." + (number == 1 ? popular.version() : "");
		return pages.respond(request, "home:" + number, key, () -> {
			List<ArticleSummary> lead = curation.box(Box.LEAD);
			// the lead stories are not repeated under «تازه‌ترین خبرها», on any page of
			// it
			var latest = catalog.latestExcept(lead.stream().map(ArticleSummary::id).toList(),
					PageRequest.of(number, PAGE_SIZE));
			var meta = new PageMeta(ui.t("feed.home.title"), ui.t("feed.home.description"),
					number == 1 ? "/" : "/?page=" + number, true);
			if (number == 1) {
				meta = meta.withStructuredData(JsonLd.of(siteData.organization()), JsonLd.of(siteData.webSite()));
			}
			return render(new FrontPage(meta, catalog.sections(), null, number == 1 ? lead : List.of(), latest, boxes(),
					ticker.current().orElse(null), number == 1 ? popular.mostRead() : List.of(),
					number == 1 ? popular.mostCommented() : List.of()));
		});
	}

	@GetMapping("/service/{slug}")
	ResponseEntity<byte[]> section(@PathVariable String slug,
			@RequestParam(name = "page", defaultValue = "1") String page, HttpServletRequest request) {
		Section section = catalog.section(slug).orElseThrow(() -> new KhabarException(ArticleError.SECTION_NOT_FOUND));
		int number = pageNumber(page);
		return pages.respond(request, "section:" + section.id() + ":" + number,
				version.current() + "." + ticker.version(), () -> {
					Page<ArticleSummary> latest = catalog.latestInSection(section, PageRequest.of(number, PAGE_SIZE));
					var meta = new PageMeta(section.name(), ui.t("feed.section.description", section.name()),
							"/service/" + section.slug() + (number == 1 ? "" : "?page=" + number), true)
						.withFeeds(Syndication.Channel.of(section).links(section.name()));
					return render(new FrontPage(meta, catalog.sections(), section, List.of(), latest, boxes(),
							ticker.current().orElse(null), List.of(), List.of()));
				});
	}

	private byte[] render(FrontPage page) {
		return renderer.render("feed/front", Map.of("page", page));
	}

	private BoxesView boxes() {
		return new BoxesView(
				Box.UNDER_ARTICLE.stream().map(box -> new BoxesView.Item(box, curation.box(box))).toList());
	}

	/**
	 * Page numbers from the query string; anything that is not a sane number is the first
	 * page.
	 */
	static int pageNumber(String raw) {
		if (raw.isEmpty() || raw.length() > 5 || !raw.chars().allMatch(Character::isDigit)) {
			return 1;
		}
		return Math.clamp(Integer.parseInt(app.khabar.persian.PersianDigits.toLatin(raw)), 1, MAX_PAGE);
	}

}
