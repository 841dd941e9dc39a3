package app.khabar.moderation.web;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.khabar.article.ArticleError;
import app.khabar.article.CommentSettings;
import app.khabar.article.ModerationMode;
import app.khabar.comment.CommentPosting;
import app.khabar.moderation.ModerationDesk;
import app.khabar.moderation.ModerationError;
import app.khabar.shared.KhabarException;
import app.khabar.web.Notice;

/**
 * {@code /moderation/articles/{id}}: close or open an article's comments, its mode and
 * auto-close.
 */
@Controller
class ArticleCommentsController {

	private final ModerationDesk desk;

	private final CommentPosting posting;

	private final DeskPages pages;

	ArticleCommentsController(ModerationDesk desk, CommentPosting posting, DeskPages pages) {
		this.desk = desk;
		this.posting = posting;
		this.pages = pages;
	}

	@GetMapping("/moderation/articles/{id}")
	String show(@PathVariable long id, CsrfToken csrf, Model model) {
		var article = desk.article(id);
		model.addAttribute("page", new ArticleCommentsView(Csrf.of(csrf), article, posting.acceptsComments(article)));
		return "moderation/article";
	}

	@PostMapping("/moderation/articles/{id}")
	String change(@PathVariable long id, @RequestParam long version, @RequestParam(defaultValue = "false") boolean open,
			@RequestParam(defaultValue = "PRE") String mode, @RequestParam(defaultValue = "") String closeAfterDays,
			RedirectAttributes redirect) {
		Long days = DeskController.number(closeAfterDays);
		try {
			if (!closeAfterDays.isBlank() && days == null) {
				throw new KhabarException(ModerationError.DAYS_INVALID);
			}
			var settings = new CommentSettings(open,
					DeskController.parse(ModerationMode.class, mode, ModerationMode.PRE),
					days == null ? null : (int) Math.clamp(days, -1, 100_000));
			desk.setArticleComments(pages.moderator(), id, version, settings);
			Notice.done(redirect, "moderation.done.article");
		}
		catch (KhabarException ex) {
			if (ex.code() != ArticleError.VERSION_CONFLICT && ex.code() != ModerationError.DAYS_INVALID) {
				throw ex;
			}
			Notice.refused(redirect, ex);
		}
		return DeskPages.redirect("/moderation/articles/" + id);
	}

}
