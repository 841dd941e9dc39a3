package app.khabar.article.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import app.khabar.article.Article;
import app.khabar.article.ArticleCatalog;
import app.khabar.article.ArticleError;
import app.khabar.article.ArticlePageKey;
import app.khabar.article.ArticleStatus;
import app.khabar.article.ArticleViews;
import app.khabar.article.VideoEmbeds;
import app.khabar.article.spi.ArticlePagePart;
import app.khabar.shared.KhabarException;
import app.khabar.web.CachedPages;
import app.khabar.web.PageMeta;
import app.khabar.web.PageRenderer;

/**
 * {@code GET /news/{id}/{slug}}: the same page for every reader, so it is cached whole
 * (DESIGN.md path 1). The id decides; a wrong or missing slug redirects to the canonical
 * URL.
 */
@Controller
class ArticlePageController {

	private final ArticleCatalog catalog;

	private final List<ArticlePagePart> parts;

	private final CachedPages pages;

	private final PageRenderer renderer;

	private final VideoEmbeds videos;

	private final ArticleViews views;

	private final ArticleHead head;

	ArticlePageController(ArticleCatalog catalog, List<ArticlePagePart> parts, CachedPages pages, PageRenderer renderer,
			VideoEmbeds videos, ArticleViews views, ArticleHead head) {
		this.views = views;
		this.head = head;
		this.catalog = catalog;
		this.videos = videos;
		this.parts = parts.stream().sorted(Comparator.comparingInt(ArticlePagePart::order)).toList();
		this.pages = pages;
		this.renderer = renderer;
	}

	@GetMapping({ "/news/{id}", "/news/{id}/" })
	ResponseEntity<byte[]> redirectToCanonical(@PathVariable String id) {
		return permanentRedirect(visible(id).path());
	}

	@GetMapping("/news/{id}/{slug}")
	ResponseEntity<byte[]> show(@PathVariable String id, @PathVariable String slug, HttpServletRequest request) {
		Article article = visible(id);
		if (article.status() == ArticleStatus.RETRACTED) {
			return ResponseEntity.status(HttpStatus.GONE)
				.body(renderer.render("article/retracted", Map.of("page", retractedPage(article))));
		}
		if (!article.slug().equals(slug)) {
			return permanentRedirect(article.path());
		}
		views.record(article.id());
		// the byline's names change with the authors' profiles, not with the article
		StringBuilder version = new StringBuilder().append(article.id())
			.append('.')
			.append(article.version())
			.append('.')
			.append(article.byline().fingerprint());
		for (ArticlePagePart part : parts) {
			version.append('.').append(part.version(article));
		}
		return pages.respond(request, ArticlePageKey.of(article.id()), version.toString(),
				() -> renderer.render("article/page", Map.of("page", page(article))));
	}

	private ArticlePage page(Article article) {
		Map<String, Object> structuredData = new java.util.LinkedHashMap<>();
		parts.forEach(part -> structuredData.putAll(part.structuredData(article)));
		List<PageMeta.Feed> feeds = parts.stream().flatMap(part -> part.feeds(article).stream()).toList();
		return new ArticlePage(head.meta(article, structuredData).withFeeds(feeds), article,
				parts.stream().filter(part -> part.order() >= 0).map(part -> part.render(article)).toList(),
				video(videos, article),
				parts.stream().filter(part -> part.order() < 0).map(part -> part.render(article)).toList());
	}

	private ArticlePage retractedPage(Article article) {
		return new ArticlePage(new PageMeta(article.title(), null, null, false), article,
				parts.stream().filter(ArticlePagePart::showsOnRetracted).map(part -> part.render(article)).toList(),
				null, List.of());
	}

	/** The player of a video article whose source is ours or an allowed embed host. */
	static VideoEmbeds.@org.jspecify.annotations.Nullable Player video(VideoEmbeds videos, Article article) {
		return article.media().type() == app.khabar.article.Media.Type.VIDEO ? videos.player(article.media().ref())
				: null;
	}

	/**
	 * Published or retracted articles; anything else, and any id that is not a number, is
	 * not found.
	 */
	private Article visible(String id) {
		return parseId(id).flatMap(catalog::find)
			.filter(a -> a.status() == ArticleStatus.PUBLISHED || a.status() == ArticleStatus.RETRACTED)
			.orElseThrow(() -> new KhabarException(ArticleError.NOT_FOUND));
	}

	private static java.util.Optional<Long> parseId(String id) {
		if (id.isEmpty() || id.length() > 18 || !id.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(Long.parseLong(id));
	}

	private static ResponseEntity<byte[]> permanentRedirect(String path) {
		return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).header(HttpHeaders.LOCATION, path).build();
	}

}
