package app.khabar.article.web;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import app.khabar.article.Article;
import app.khabar.article.ArticleCatalog;
import app.khabar.article.ArticleError;
import app.khabar.article.ArticleStatus;
import app.khabar.article.ShortLinks;
import app.khabar.shared.KhabarException;

/**
 * {@code GET /x/{code}}: a 301 to the article's canonical URL, for published (and
 * retracted) articles only.
 */
@Controller
class ShortLinkController {

	private final ArticleCatalog catalog;

	ShortLinkController(ArticleCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/x/{code}")
	ResponseEntity<Void> redirect(@PathVariable String code) {
		Article article = ShortLinks.idOf(code)
			.flatMap(catalog::find)
			.filter(a -> a.status() == ArticleStatus.PUBLISHED || a.status() == ArticleStatus.RETRACTED)
			.orElseThrow(() -> new KhabarException(ArticleError.NOT_FOUND));
		// the target never changes for an id, but a not-yet-published id must not be
		// cached as missing for long
		return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
			.header(HttpHeaders.LOCATION, article.path())
			.cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePublic())
			.build();
	}

}
