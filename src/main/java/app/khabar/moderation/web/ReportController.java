package app.khabar.moderation.web;

import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.khabar.article.ArticleCatalog;
import app.khabar.comment.CommentError;
import app.khabar.comment.ReviewedComment;
import app.khabar.moderation.ModerationError;
import app.khabar.moderation.ReaderReports;
import app.khabar.moderation.RejectReason;
import app.khabar.moderation.ReportReason;
import app.khabar.shared.KhabarException;
import app.khabar.web.ClientIdentity;
import app.khabar.web.Notice;

/**
 * Reports of published comments. Readers: {@code GET /comments/{id}/report}, a plain form
 * (reason, optional note) that works without JavaScript, posted to {@code POST
 * /comments/{id}/report} (a guest endpoint behind the same-origin check), then 303 to a
 * thank-you page. Moderators: {@code /moderation/reports}, the «گزارش‌شده» queue, where
 * each reported comment is kept (the reports dismissed) or removed (refused with a
 * reason). Bad input is the shell's Persian 4xx.
 */
@Controller
class ReportController {

	private final ReaderReports reports;

	private final ArticleCatalog articles;

	private final ClientIdentity clients;

	private final DeskPages pages;

	ReportController(ReaderReports reports, ArticleCatalog articles, ClientIdentity clients, DeskPages pages) {
		this.reports = reports;
		this.articles = articles;
		this.clients = clients;
		this.pages = pages;
	}

	@GetMapping("/comments/{id}/report")
	String form(@PathVariable long id, Model model) {
		ReviewedComment comment = reports.published(id);
		String back = articles.findPublished(comment.articleId()).map(a -> a.path() + "#comment-" + id).orElse(null);
		model.addAttribute("page", new ReportForm(id, comment.authorName(), comment.text(), back,
				List.of(ReportReason.values()), ReaderReports.MAX_NOTE));
		return "moderation/report";
	}

	@PostMapping("/comments/{id}/report")
	ResponseEntity<Void> report(@PathVariable long id, @RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable String note, HttpServletRequest request) {
		reports.report(id, reason, note, clients.hash(request));
		return ResponseEntity.status(HttpStatus.SEE_OTHER)
			.location(URI.create("/comments/" + id + "/report/sent"))
			.cacheControl(CacheControl.noStore())
			.build();
	}

	@GetMapping("/comments/{id}/report/sent")
	String sent(@PathVariable long id, Model model) {
		ReviewedComment comment = reports.published(id);
		model.addAttribute("back",
				articles.findPublished(comment.articleId()).map(a -> a.path() + "#comment-" + id).orElse("/"));
		return "moderation/report-sent";
	}

	@GetMapping("/moderation/reports")
	String queue(CsrfToken csrf, Model model) {
		model.addAttribute("page",
				new ReportsView(Csrf.of(csrf), reports.queue(100), reports.count(), List.of(RejectReason.values())));
		return "moderation/reports";
	}

	@PostMapping("/moderation/reports/{id}/keep")
	String keep(@PathVariable long id, RedirectAttributes redirect) {
		try {
			reports.keep(pages.moderator(), id);
			Notice.done(redirect, "moderation.done.reports-kept");
		}
		catch (KhabarException ex) {
			if (ex.code() != ModerationError.NO_OPEN_REPORTS && ex.code() != ModerationError.REPORT_NOT_PUBLISHED) {
				throw ex;
			}
			Notice.refused(redirect, ex);
		}
		return "redirect:/moderation/reports";
	}

	@PostMapping("/moderation/reports/{id}/remove")
	String remove(@PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) @Nullable String reason, @RequestParam(defaultValue = "") String note,
			RedirectAttributes redirect) {
		// no reason is preselected: the moderator names one
		RejectReason why = DeskController.parse(RejectReason.class, reason, null);
		if (why == null) {
			throw new KhabarException(ModerationError.REJECT_REASON_MISSING);
		}
		try {
			reports.remove(pages.moderator(), id, version, why, note);
			Notice.done(redirect, "moderation.done.reported-removed");
		}
		catch (KhabarException ex) {
			if (ex.code() != CommentError.CONCURRENT_DECISION && ex.code() != CommentError.COMMENT_NOT_FOUND) {
				throw ex;
			}
			Notice.refused(redirect, ex);
		}
		return "redirect:/moderation/reports";
	}

}
