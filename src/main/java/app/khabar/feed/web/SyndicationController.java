package app.khabar.feed.web;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.UriUtils;

import app.khabar.article.ArticleCatalog;
import app.khabar.article.ArticleError;
import app.khabar.article.AuthorDirectory;
import app.khabar.article.AuthorProfile;
import app.khabar.article.Section;
import app.khabar.article.Tag;
import app.khabar.feed.FrontVersion;
import app.khabar.feed.Syndication;
import app.khabar.feed.Syndication.Channel;
import app.khabar.feed.Syndication.Format;
import app.khabar.shared.KhabarException;
import app.khabar.web.CachedPages;

/**
 * The feeds, each as RSS ({@code /rss…}) and Atom ({@code /atom…}): the site's, a
 * section's ({@code /rss/{section}}), a tag's ({@code /rss/tag/{tag}}) and an author's
 * ({@code /rss/author/{handle}}); cached like the fronts, whose version they share (any
 * article or box change, a correction or a retraction moves it). Another spelling of a
 * tag or handle answers 301 to the feed's one URL, as their pages do; an unknown one is
 * the Persian 404.
 */
@Controller
class SyndicationController {

	private final ArticleCatalog catalog;

	private final AuthorDirectory authors;

	private final Syndication syndication;

	private final FrontVersion version;

	private final CachedPages pages;

	SyndicationController(ArticleCatalog catalog, AuthorDirectory authors, Syndication syndication,
			FrontVersion version, CachedPages pages) {
		this.catalog = catalog;
		this.authors = authors;
		this.syndication = syndication;
		this.version = version;
		this.pages = pages;
	}

	@GetMapping({ "/rss", "/atom" })
	ResponseEntity<byte[]> site(HttpServletRequest request) {
		Format format = format(request);
		return respond(request, format, Channel.site(), version.current(), () -> syndication.site(format));
	}

	@GetMapping({ "/rss/{section}", "/atom/{section}" })
	ResponseEntity<byte[]> section(@PathVariable String section, HttpServletRequest request) {
		Format format = format(request);
		Section found = catalog.section(section).orElseThrow(() -> new KhabarException(ArticleError.SECTION_NOT_FOUND));
		return respond(request, format, Channel.of(found), version.current(), () -> syndication.section(format, found));
	}

	@GetMapping({ "/rss/tag/{segment}", "/atom/tag/{segment}" })
	ResponseEntity<byte[]> tag(@PathVariable String segment, HttpServletRequest request) {
		Format format = format(request);
		Tag tag = catalog.tag(segment).orElseThrow(() -> new KhabarException(ArticleError.TAG_NOT_FOUND));
		Channel channel = Channel.of(tag);
		if (!Tag.segment(tag.name()).equals(segment)) {
			return moved(format.path(channel));
		}
		return respond(request, format, channel, version.current(), () -> syndication.tag(format, tag));
	}

	@GetMapping({ "/rss/author/{handle}", "/atom/author/{handle}" })
	ResponseEntity<byte[]> author(@PathVariable String handle, HttpServletRequest request) {
		Format format = format(request);
		AuthorProfile author = authors.findByHandle(handle)
			.orElseThrow(() -> new KhabarException(ArticleError.AUTHOR_NOT_FOUND));
		Channel channel = Channel.of(author);
		if (!author.handle().equals(handle)) {
			return moved(format.path(channel));
		}
		return respond(request, format, channel, version.current() + "." + author.version(),
				() -> syndication.author(format, author));
	}

	private ResponseEntity<byte[]> respond(HttpServletRequest request, Format format, Channel channel, String version,
			Supplier<byte[]> render) {
		return pages.respond(request, "feed:" + format.path(channel), version, format.mediaType(), render);
	}

	private static Format format(HttpServletRequest request) {
		return request.getRequestURI().startsWith("/atom") ? Format.ATOM : Format.RSS;
	}

	private static ResponseEntity<byte[]> moved(String path) {
		return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
			.header(HttpHeaders.LOCATION, UriUtils.encodePath(path, StandardCharsets.UTF_8))
			.build();
	}

}
