package app.khabar.comment.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.khabar.article.Article;
import app.khabar.article.ArticleCatalog;
import app.khabar.comment.CaptchaProof;
import app.khabar.comment.CommentError;
import app.khabar.comment.CommentPosting;
import app.khabar.comment.CommentThreads;
import app.khabar.comment.Commenter;
import app.khabar.comment.NewComment;
import app.khabar.comment.PostedComment;
import app.khabar.comment.captcha.CaptchaVerifier;
import app.khabar.comment.country.CountryResolver;
import app.khabar.shared.KhabarException;
import app.khabar.web.ClientIdentity;
import app.khabar.web.PageRenderer;
import app.khabar.web.Ui;

/**
 * The comment form without JavaScript (and with it, when the script could not solve the
 * captcha in time). A post without a valid proof of work gets the fallback question page,
 * which posts everything again with the answer; a stored comment answers 303 to its
 * private receipt ({@link ReceiptController}); a refusal shows the form again, text kept,
 * with the Persian reason. Reply links lead to
 * {@code /news/{id}/comments/reply/{commentId}}, the form in reply mode. None of these
 * pages is cached: each is the answer to one reader.
 */
@Controller
class CommentFormController {

	private static final MediaType HTML = new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8);

	private final CommentPosting posting;

	private final CommentThreads threads;

	private final ArticleCatalog articles;

	private final CaptchaVerifier captcha;

	private final ClientIdentity clients;

	private final CountryResolver countries;

	private final PageRenderer renderer;

	private final Ui ui;

	CommentFormController(CommentPosting posting, CommentThreads threads, ArticleCatalog articles,
			CaptchaVerifier captcha, ClientIdentity clients, CountryResolver countries, PageRenderer renderer, Ui ui) {
		this.posting = posting;
		this.threads = threads;
		this.articles = articles;
		this.captcha = captcha;
		this.clients = clients;
		this.countries = countries;
		this.renderer = renderer;
		this.ui = ui;
	}

	@PostMapping("/news/{id}/comments")
	ResponseEntity<byte[]> post(@PathVariable long id, @RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable String text,
			@RequestParam(required = false) @Nullable Long parentId,
			@RequestParam(required = false) @Nullable String altcha,
			@RequestParam(name = CaptchaFallbackPage.TOKEN_FIELD, required = false) @Nullable String token,
			@RequestParam(name = CaptchaFallbackPage.ANSWER_FIELD, required = false) @Nullable String answer,
			HttpServletRequest request) {
		Article article = article(id);
		var comment = new NewComment(id, parentId, name, text);
		if (!posting.acceptsComments(article)) {
			// no captcha question for a comment that would be refused anyway
			return refused(article, comment, new KhabarException(CommentError.COMMENTS_CLOSED));
		}
		boolean fallback = token != null && !token.isBlank();
		if (!fallback && (altcha == null || altcha.isBlank())) {
			return fallbackPage(article, comment, false);
		}
		CaptchaProof proof = fallback ? new CaptchaProof.Fallback(token, answer) : new CaptchaProof.Altcha(altcha);
		try {
			PostedComment posted = posting.post(comment,
					new Commenter(clients.hash(request), countries.countryOf(request)), proof);
			return ResponseEntity.status(HttpStatus.SEE_OTHER)
				.location(URI.create(posted.receipt().path()))
				.cacheControl(CacheControl.noStore())
				.build();
		}
		catch (KhabarException refused) {
			if (refused.code() == CommentError.CAPTCHA_FAILED) {
				return fallbackPage(article, comment, fallback);
			}
			if (refused.code() == CommentError.ARTICLE_NOT_FOUND) {
				throw refused;
			}
			return refused(article, comment, refused);
		}
	}

	@GetMapping("/news/{id}/comments/reply/{commentId}")
	ResponseEntity<byte[]> reply(@PathVariable long id, @PathVariable long commentId) {
		Article article = article(id);
		if (!posting.acceptsComments(article)) {
			throw new KhabarException(CommentError.COMMENTS_CLOSED);
		}
		threads.published(id, commentId).orElseThrow(() -> new KhabarException(CommentError.INVALID_PARENT));
		return page(200, "comment/compose", new CommentComposePage(article.title(),
				form(article, new NewComment(id, commentId, null, null), null)));
	}

	private ResponseEntity<byte[]> fallbackPage(Article article, NewComment comment, boolean retry) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("name", comment.name() == null ? "" : comment.name());
		fields.put("text", comment.text() == null ? "" : comment.text());
		if (comment.parentId() != null) {
			fields.put("parentId", comment.parentId().toString());
		}
		var page = new CaptchaFallbackPage("/news/" + article.id() + "/comments", captcha.newFallbackQuestion(), fields,
				retry, article.path() + "#comments");
		return page(retry ? 422 : 200, "comment/captcha-fallback", page);
	}

	/** The form again, text kept, with the Persian reason. */
	private ResponseEntity<byte[]> refused(Article article, NewComment comment, KhabarException refused) {
		var message = ui.t(refused.code().messageKey(), refused.arguments().toArray());
		return page(refused.code().kind().httpStatus(), "comment/compose",
				new CommentComposePage(article.title(), form(article, comment, message)));
	}

	private CommentForm form(Article article, NewComment comment, @Nullable String message) {
		String parentName = null;
		if (comment.parentId() != null) {
			parentName = threads.published(article.id(), comment.parentId())
				.map(parent -> parent.authorName() != null ? parent.authorName() : ui.t("comment.anonymous"))
				.orElse(null);
		}
		return new CommentForm(article.id(), article.path(), parentName == null ? null : comment.parentId(), parentName,
				comment.name() == null ? "" : comment.name(), comment.text() == null ? "" : comment.text(), message,
				posting.maxLength(), posting.maxNameLength(), true);
	}

	private Article article(long id) {
		return articles.findPublished(id).orElseThrow(() -> new KhabarException(CommentError.ARTICLE_NOT_FOUND));
	}

	private ResponseEntity<byte[]> page(int status, String template, Object page) {
		return ResponseEntity.status(status)
			.cacheControl(CacheControl.noStore())
			.contentType(HTML)
			.body(renderer.render(template, Map.of("page", page)));
	}

}
