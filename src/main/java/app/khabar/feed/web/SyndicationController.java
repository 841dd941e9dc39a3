package app.khabar.feed.web;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import app.khabar.article.ArticleCatalog;
import app.khabar.article.ArticleError;
import app.khabar.article.Section;
import app.khabar.feed.FrontVersion;
import app.khabar.feed.Syndication;
import app.khabar.feed.Syndication.Format;
import app.khabar.shared.KhabarException;
import app.khabar.web.CachedPages;

/**
 * The feeds: {@code /rss} and {@code /atom} for the site, {@code /rss/{section}} and
 * {@code /atom/{section}} for a section; cached like the fronts, whose version they share
 * (any article or box change, a correction or a retraction moves it).
 */
@Controller
class SyndicationController {

	private final ArticleCatalog catalog;

	private final Syndication syndication;

	private final FrontVersion version;

	private final CachedPages pages;

	SyndicationController(ArticleCatalog catalog, Syndication syndication, FrontVersion version, CachedPages pages) {
		this.catalog = catalog;
		this.syndication = syndication;
		this.version = version;
		this.pages = pages;
	}

	@GetMapping("/rss")
	ResponseEntity<byte[]> siteRss(HttpServletRequest request) {
		return respond(request, Format.RSS, null);
	}

	@GetMapping("/atom")
	ResponseEntity<byte[]> siteAtom(HttpServletRequest request) {
		return respond(request, Format.ATOM, null);
	}

	@GetMapping("/rss/{section}")
	ResponseEntity<byte[]> sectionRss(@PathVariable String section, HttpServletRequest request) {
		return respond(request, Format.RSS, section(section));
	}

	@GetMapping("/atom/{section}")
	ResponseEntity<byte[]> sectionAtom(@PathVariable String section, HttpServletRequest request) {
		return respond(request, Format.ATOM, section(section));
	}

	private Section section(String slug) {
		return catalog.section(slug).orElseThrow(() -> new KhabarException(ArticleError.SECTION_NOT_FOUND));
	}

	private ResponseEntity<byte[]> respond(HttpServletRequest request, Format format, @Nullable Section section) {
		return pages.respond(request, "feed:" + format.path(section), version.current(), format.mediaType(),
				() -> syndication.feed(format, section));
	}

}
