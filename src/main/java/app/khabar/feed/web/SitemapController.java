package app.khabar.feed.web;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import app.khabar.feed.FeedError;
import app.khabar.feed.FrontVersion;
import app.khabar.feed.Sitemaps;
import app.khabar.live.LiveStreams;
import app.khabar.shared.KhabarException;
import app.khabar.web.CachedPages;
import app.khabar.web.SiteAddress;

/**
 * {@code /sitemap.xml} (the index), {@code /sitemaps/sections.xml}, {@code tags.xml},
 * {@code authors.xml}, {@code /sitemaps/{yyyy-MM}.xml}, {@code /news-sitemap.xml} and
 * {@code /robots.txt}, cached like the fronts and sharing their version. The index, the
 * months', tags' and authors' sitemaps, read straight from the database, leave out its
 * half-minute tick: nothing in them moves with time alone, and the index reads every
 * published article's times. (The news sitemap's window moves with time; the sections'
 * one reads the catalog's cached list of sections, which the tick refreshes.)
 */
@Controller
class SitemapController {

	static final MediaType XML = new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8);

	static final MediaType TEXT = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);

	/** The staff's paths: nothing for search engines there. */
	static final String[] STAFF_PATHS = { "/newsroom/", "/moderation/", "/admin/", "/account/", "/login", "/logout" };

	private final Sitemaps sitemaps;

	private final FrontVersion version;

	private final CachedPages pages;

	private final SiteAddress site;

	private final LiveStreams live;

	SitemapController(Sitemaps sitemaps, FrontVersion version, CachedPages pages, SiteAddress site, LiveStreams live) {
		this.live = live;
		this.sitemaps = sitemaps;
		this.version = version;
		this.pages = pages;
		this.site = site;
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<byte[]> index(HttpServletRequest request) {
		// a month's lastmod moves with its live pages' entries
		return pages.respond(request, "sitemap:index", version.changes() + "." + live.changes(), XML, sitemaps::index);
	}

	@GetMapping("/sitemaps/sections.xml")
	ResponseEntity<byte[]> sections(HttpServletRequest request) {
		return pages.respond(request, "sitemap:sections", version.current(), XML, sitemaps::sections);
	}

	@GetMapping("/sitemaps/tags.xml")
	ResponseEntity<byte[]> tags(HttpServletRequest request) {
		return pages.respond(request, "sitemap:tags", version.changes(), XML, sitemaps::tags);
	}

	@GetMapping("/sitemaps/authors.xml")
	ResponseEntity<byte[]> authors(HttpServletRequest request) {
		return pages.respond(request, "sitemap:authors", version.changes(), XML, sitemaps::authors);
	}

	@GetMapping("/sitemaps/{month}.xml")
	ResponseEntity<byte[]> month(@PathVariable String month, HttpServletRequest request) {
		var yearMonth = Sitemaps.month(month).orElseThrow(SitemapController::notFound);
		// a month without articles throws from the render: nothing is cached for it
		// a live page's lastmod moves with its entries
		return pages.respond(request, "sitemap:" + month, version.changes() + "." + live.changes(), XML,
				() -> sitemaps.month(yearMonth).orElseThrow(SitemapController::notFound));
	}

	@GetMapping("/news-sitemap.xml")
	ResponseEntity<byte[]> news(HttpServletRequest request) {
		return pages.respond(request, "sitemap:news", version.current() + "." + live.changes(), XML, sitemaps::news);
	}

	@GetMapping("/robots.txt")
	ResponseEntity<byte[]> robots(HttpServletRequest request) {
		return pages.respond(request, "robots", "1", TEXT, () -> robots().getBytes(StandardCharsets.UTF_8));
	}

	private String robots() {
		var text = new StringBuilder("User-agent: *\n");
		for (String path : STAFF_PATHS) {
			text.append("Disallow: ").append(path).append('\n');
		}
		text.append('\n')
			.append("Sitemap: ")
			.append(site.absolute("/sitemap.xml"))
			.append('\n')
			.append("Sitemap: ")
			.append(site.absolute("/news-sitemap.xml"))
			.append('\n');
		return text.toString();
	}

	private static KhabarException notFound() {
		return new KhabarException(FeedError.SITEMAP_NOT_FOUND);
	}

}
