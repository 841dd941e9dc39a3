package app.khabar.article.web;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import app.khabar.article.Article;
import app.khabar.article.ArticleDesk;
import app.khabar.article.ArticleError;
import app.khabar.article.EditableArticle;
import app.khabar.article.VideoEmbeds;
import app.khabar.article.spi.ArticlePagePart;
import app.khabar.shared.KhabarException;
import app.khabar.web.PageMeta;
import app.khabar.web.PageRenderer;

/**
 * {@code GET /newsroom/articles/{id}/preview}: the article in any state, rendered by the
 * public page's own template with its parts, so the newsroom sees exactly what readers
 * will, under a banner that says it is a preview, and without what works only once it is
 * published ({@link ArticlePagePart#preview}: no comment form, no short link). Staff
 * only, never cached, never indexed.
 */
@Controller
class ArticlePreviewController {

	private static final List<String> STAFF_ROLES = List.of("ADMIN", "EDITOR", "REPORTER");

	private final ArticleDesk desk;

	private final VideoEmbeds videos;

	private final List<ArticlePagePart> parts;

	private final PageRenderer renderer;

	ArticlePreviewController(ArticleDesk desk, List<ArticlePagePart> parts, PageRenderer renderer, VideoEmbeds videos) {
		this.desk = desk;
		this.videos = videos;
		this.parts = parts.stream().sorted(Comparator.comparingInt(ArticlePagePart::order)).toList();
		this.renderer = renderer;
	}

	@GetMapping("/newsroom/articles/{id}/preview")
	ResponseEntity<byte[]> preview(@PathVariable long id, HttpServletRequest request) {
		if (STAFF_ROLES.stream().noneMatch(request::isUserInRole)) {
			throw new KhabarException(ArticleError.PREVIEW_FORBIDDEN);
		}
		Article article = desk.find(id)
			.map(EditableArticle::article)
			.orElseThrow(() -> new KhabarException(ArticleError.NOT_FOUND));
		var page = new ArticlePage(PageMeta.noIndex(article.title()), article,
				parts.stream().filter(part -> part.order() >= 0).map(part -> part.preview(article)).toList(),
				ArticlePageController.video(videos, article),
				parts.stream().filter(part -> part.order() < 0).map(part -> part.preview(article)).toList());
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
			.body(renderer.render("article/page", Map.of("page", page, "preview", true)));
	}

}
