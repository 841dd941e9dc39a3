package app.khabar.feed.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

import app.khabar.article.ArticleCatalog;
import app.khabar.article.ArticleError;
import app.khabar.article.ArticleSummary;
import app.khabar.article.AuthorDirectory;
import app.khabar.article.AuthorProfile;
import app.khabar.article.Section;
import app.khabar.article.Tag;
import app.khabar.feed.FrontVersion;
import app.khabar.feed.Syndication;
import app.khabar.persian.JalaliPeriod;
import app.khabar.persian.PersianDigits;
import app.khabar.shared.KhabarException;
import app.khabar.shared.Page;
import app.khabar.shared.PageRequest;
import app.khabar.web.CachedPages;
import app.khabar.web.PageMeta;
import app.khabar.web.PageRenderer;
import app.khabar.web.Ui;

/**
 * The author pages ({@code /author/{handle}}), the tag pages ({@code /tag/{tag}}) and the
 * archive by Jalali year, month and day ({@code /archive/1403/12/30}, optionally of one
 * section: {@code ?section=sports}), cached whole like the fronts. Each has one canonical
 * URL: another spelling of a tag, a handle in capitals, Persian digits or one-digit parts
 * in an archive path answer 301 to it; an unknown author, tag or a day the calendar does
 * not have is the Persian 404.
 */
@Controller
class ListingController {

	private final ArticleCatalog catalog;

	private final AuthorDirectory authors;

	private final FrontVersion version;

	private final CachedPages pages;

	private final PageRenderer renderer;

	private final Ui ui;

	private final Clock clock;

	ListingController(ArticleCatalog catalog, AuthorDirectory authors, FrontVersion version, CachedPages pages,
			PageRenderer renderer, Ui ui, Clock clock) {
		this.clock = clock;
		this.catalog = catalog;
		this.authors = authors;
		this.version = version;
		this.pages = pages;
		this.renderer = renderer;
		this.ui = ui;
	}

	@GetMapping("/author/{handle}")
	ResponseEntity<byte[]> author(@PathVariable String handle,
			@RequestParam(name = "page", defaultValue = "1") String page, HttpServletRequest request) {
		AuthorProfile author = authors.findByHandle(handle)
			.orElseThrow(() -> new KhabarException(ArticleError.AUTHOR_NOT_FOUND));
		int number = FrontController.pageNumber(page);
		if (!author.handle().equals(handle)) {
			return moved(UriUtils.encodePath(author.path(), StandardCharsets.UTF_8), number);
		}
		return pages.respond(request, "author:" + author.id() + ":" + number,
				version.current() + "." + author.version(), () -> {
					var articles = catalog.latestByAuthor(author, PageRequest.of(number, FrontController.PAGE_SIZE));
					String description = author.bio().isBlank() ? ui.t("feed.author.description", author.name())
							: author.bio();
					return render(new ListingPage(
							meta(author.name(), description, author.path(), number, true)
								.withFeeds(Syndication.Channel.of(author).links(author.name())),
							catalog.sections(), author.name(), ui.t("feed.listing.empty"), author, articles,
							author.path(), List.of()));
				});
	}

	@GetMapping("/tag/{segment}")
	ResponseEntity<byte[]> tag(@PathVariable String segment,
			@RequestParam(name = "page", defaultValue = "1") String page, HttpServletRequest request) {
		Tag tag = catalog.tag(segment).orElseThrow(() -> new KhabarException(ArticleError.TAG_NOT_FOUND));
		int number = FrontController.pageNumber(page);
		if (!Tag.segment(tag.name()).equals(segment)) {
			return moved(UriUtils.encodePath(tag.path(), StandardCharsets.UTF_8), number);
		}
		return pages.respond(request, "tag:" + tag.key() + ":" + number, version.current(), () -> {
			var articles = catalog.latestWithTag(tag, PageRequest.of(number, FrontController.PAGE_SIZE));
			String heading = ui.t("feed.tag.heading", tag.name());
			return render(new ListingPage(
					meta(heading, ui.t("feed.tag.description", tag.name()), tag.path(), number, true)
						.withFeeds(Syndication.Channel.of(tag).links(heading)),
					catalog.sections(), heading, ui.t("feed.listing.empty"), null, articles, tag.path(), List.of()));
		});
	}

	@GetMapping({ "/archive/{year}", "/archive/{year}/{month}", "/archive/{year}/{month}/{day}" })
	ResponseEntity<byte[]> archive(@PathVariable String year, @PathVariable(required = false) @Nullable String month,
			@PathVariable(required = false) @Nullable String day,
			@RequestParam(name = "section", required = false) @Nullable String sectionSlug,
			@RequestParam(name = "page", defaultValue = "1") String page, HttpServletRequest request) {
		JalaliPeriod period = period(year, month, day)
			.orElseThrow(() -> new KhabarException(ArticleError.NO_SUCH_DATE));
		Section section = sectionSlug == null ? null
				: catalog.section(sectionSlug).orElseThrow(() -> new KhabarException(ArticleError.SECTION_NOT_FOUND));
		int number = FrontController.pageNumber(page);
		String base = archivePath(period, section);
		String asked = "/archive/" + year + (month == null ? "" : "/" + month) + (day == null ? "" : "/" + day);
		if (!asked.equals("/archive/" + period.segments())) {
			return moved(base, number);
		}
		return pages.respond(request,
				"archive:" + period.segments() + ":" + (section == null ? "" : section.slug()) + ":" + number,
				version.current(), () -> {
					var articles = catalog.publishedBetween(period.start(), period.end(), section,
							PageRequest.of(number, FrontController.PAGE_SIZE));
					String heading = section == null ? ui.t("feed.archive.heading", period.label())
							: ui.t("feed.archive.heading-section", section.name(), period.label());
					// an empty day is a page, not one for search engines
					var meta = meta(heading, heading, base, number, articles.total() > 0);
					String empty = section == null ? ui.t("feed.archive.empty", period.label())
							: ui.t("feed.archive.empty-section", period.label(), section.name());
					return render(new ListingPage(meta, catalog.sections(), heading, empty, null, articles, base,
							links(period, section)));
				});
	}

	/**
	 * The period an archive path names, in any digits; empty for anything else (letters,
	 * a month 13, a day the month does not have).
	 */
	static Optional<JalaliPeriod> period(String year, @Nullable String month, @Nullable String day) {
		int y = number(year, 4);
		int m = month == null ? 0 : number(month, 2);
		int d = day == null ? 0 : number(day, 2);
		if (y < 0 || m < 0 || d < 0 || (month != null && m == 0) || (day != null && d == 0)) {
			return Optional.empty();
		}
		return JalaliPeriod.of(y, m, d);
	}

	private static int number(String raw, int maxDigits) {
		String latin = PersianDigits.toLatin(raw);
		if (latin.isEmpty() || latin.length() > maxDigits || !latin.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return -1;
		}
		return Integer.parseInt(latin);
	}

	private List<ListingPage.Link> links(JalaliPeriod period, @Nullable Section section) {
		List<ListingPage.Link> links = new ArrayList<>();
		JalaliPeriod previous = period.previous();
		JalaliPeriod next = period.next();
		if (previous.year() >= JalaliPeriod.FIRST_YEAR) {
			links.add(new ListingPage.Link("prev", archivePath(previous, section), previous.label()));
		}
		// the future has no news yet: no link to it
		if (next.year() <= JalaliPeriod.LAST_YEAR && next.start().isBefore(clock.instant())) {
			links.add(new ListingPage.Link("next", archivePath(next, section), next.label()));
		}
		JalaliPeriod up = period.isDay() ? period.monthPeriod() : period.isMonth() ? period.yearPeriod() : null;
		if (up != null) {
			links.add(new ListingPage.Link("up", archivePath(up, section), up.label()));
		}
		return links;
	}

	private static String archivePath(JalaliPeriod period, @Nullable Section section) {
		return "/archive/" + period.segments() + (section == null ? "" : "?section=" + section.slug());
	}

	private static PageMeta meta(String title, String description, String path, int number, boolean indexable) {
		return new PageMeta(title, description, ListingPage.pagePath(path, number), indexable);
	}

	/** A 301 to the canonical page; {@code path} is already encoded. */
	private static ResponseEntity<byte[]> moved(String path, int number) {
		return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
			.header(HttpHeaders.LOCATION, ListingPage.pagePath(path, number))
			.build();
	}

	private byte[] render(ListingPage page) {
		return renderer.render("feed/listing", Map.of("page", page));
	}

}
