package app.khabar.moderation.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
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
import app.khabar.moderation.ModerationRules;
import app.khabar.moderation.RiskThresholds;
import app.khabar.shared.KhabarException;
import app.khabar.web.Notice;

/**
 * {@code /moderation/articles/{id}}: close or open an article's comments, its mode and
 * auto-close, and its own thresholds for the screening model.
 */
@Controller
class ArticleCommentsController {

	private final ModerationDesk desk;

	private final CommentPosting posting;

	private final DeskPages pages;

	private final ModerationRules rules;

	ArticleCommentsController(ModerationDesk desk, CommentPosting posting, DeskPages pages, ModerationRules rules) {
		this.desk = desk;
		this.posting = posting;
		this.pages = pages;
		this.rules = rules;
	}

	@GetMapping("/moderation/articles/{id}")
	String show(@PathVariable long id, CsrfToken csrf, Model model) {
		var own = rules.articleRiskThresholds(id);
		return page(id, csrf, model, ModelController.text(own.low()), ModelController.text(own.hold()),
				ModelController.text(own.reject()));
	}

	/**
	 * The article's own thresholds for the screening model; blank inherits the site's. A
	 * refused value comes back on the page (422) as typed, nothing saved.
	 */
	@PostMapping("/moderation/articles/{id}/risk")
	String risk(@PathVariable long id, @RequestParam(defaultValue = "") String low,
			@RequestParam(defaultValue = "") String hold, @RequestParam(defaultValue = "") String reject,
			CsrfToken csrf, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		desk.article(id);
		try {
			rules.setArticleRiskThresholds(id, new RiskThresholds(ModelController.threshold(low),
					ModelController.threshold(hold), ModelController.threshold(reject)));
		}
		catch (KhabarException ex) {
			if (ex.code() != ModerationError.RISK_INVALID) {
				throw ex;
			}
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute(Notice.ATTRIBUTE, Notice.of(ex));
			return page(id, csrf, model, low, hold, reject);
		}
		Notice.done(redirect, "moderation.done.article-risk");
		return DeskPages.redirect("/moderation/articles/" + id);
	}

	private String page(long id, CsrfToken csrf, Model model, String low, String hold, String reject) {
		var article = desk.article(id);
		model.addAttribute("page", new ArticleCommentsView(Csrf.of(csrf), article, posting.acceptsComments(article),
				low, hold, reject, rules.riskThresholds()));
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
