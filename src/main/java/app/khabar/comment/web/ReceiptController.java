package app.khabar.comment.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import app.khabar.article.Article;
import app.khabar.article.ArticleCatalog;
import app.khabar.comment.CommentError;
import app.khabar.comment.CommentReceipt;
import app.khabar.comment.CommentReceipts;
import app.khabar.comment.Receipt;
import app.khabar.shared.KhabarException;
import app.khabar.web.PageRenderer;
import app.khabar.web.Ui;

/**
 * {@code GET /comments/receipt/{token}}: a commenter's private receipt, where a posted
 * form lands (303) and the page's script links to. It shows the comment's state now, and
 * the stated reason when it is not publishable. The page belongs to one reader: never
 * stored by a cache, never indexed, and the token does not leave in a Referer.
 */
@Controller
class ReceiptController {

	private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

	private final CommentReceipts receipts;

	private final ArticleCatalog articles;

	private final PageRenderer renderer;

	private final Ui ui;

	ReceiptController(CommentReceipts receipts, ArticleCatalog articles, PageRenderer renderer, Ui ui) {
		this.receipts = receipts;
		this.articles = articles;
		this.renderer = renderer;
		this.ui = ui;
	}

	@GetMapping("/comments/receipt/{token}")
	ResponseEntity<byte[]> receipt(@PathVariable String token) {
		Receipt receipt = Receipt.parse(token).orElseThrow(() -> new KhabarException(CommentError.RECEIPT_NOT_FOUND));
		CommentReceipt comment = receipts.open(receipt)
			.orElseThrow(() -> new KhabarException(CommentError.RECEIPT_NOT_FOUND));
		Article article = articles.findPublished(comment.articleId()).orElse(null);
		var page = new ReceiptPage(comment, article == null ? null : article.title(),
				article == null ? null : article.path() + "#comments", ui.url(receipt.path()));
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.header("X-Robots-Tag", "noindex, nofollow")
			.header("Referrer-Policy", "no-referrer")
			.contentType(HTML)
			.body(renderer.render("comment/receipt", Map.of("page", page)));
	}

}
