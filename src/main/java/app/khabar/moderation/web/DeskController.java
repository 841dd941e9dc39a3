package app.khabar.moderation.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
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
import app.khabar.comment.CommentStatus;
import app.khabar.comment.ReviewedComment;
import app.khabar.comment.spi.ReasonCode;
import app.khabar.moderation.BulkOutcome;
import app.khabar.moderation.ModerationAction;
import app.khabar.moderation.ModerationDesk;
import app.khabar.moderation.ModerationError;
import app.khabar.moderation.QueueFilter;
import app.khabar.moderation.QueueOrder;
import app.khabar.moderation.RejectReason;
import app.khabar.moderation.RiskBand;
import app.khabar.moderation.ScreeningModels;
import app.khabar.shared.CommonError;
import app.khabar.shared.KhabarException;
import app.khabar.web.Notice;

/**
 * The queue ({@code /moderation}), decisions on one comment or a selection, a comment's
 * page (edit and history), and the moderator's own recent decisions. Every decision is a
 * plain form post that redirects back with a notice; the keyboard script
 * ({@code moderation.js}) posts the same forms asking for JSON
 * ({@code Accept: application/json}, the {@code produces} handlers) and stays on the
 * page.
 */
@Controller
class DeskController {

	private final ModerationDesk desk;

	private final ArticleCatalog catalog;

	private final DeskPages pages;

	private final ScreeningModels models;

	DeskController(ModerationDesk desk, ArticleCatalog catalog, DeskPages pages, ScreeningModels models) {
		this.desk = desk;
		this.catalog = catalog;
		this.pages = pages;
		this.models = models;
	}

	/**
	 * The queue; pending comments come riskiest first while the screening model is on,
	 * oldest first otherwise, unless the moderator picks an order.
	 */
	@GetMapping("/moderation")
	String queue(@RequestParam(defaultValue = "PENDING") String status,
			@RequestParam(required = false) @Nullable String section,
			@RequestParam(required = false) @Nullable String article,
			@RequestParam(required = false) @Nullable String reason, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String order,
			@RequestParam(required = false) @Nullable String band,
			@RequestParam(required = false) @Nullable String after, @RequestParam(defaultValue = "50") int size,
			CsrfToken csrf, Model model) {
		CommentStatus shown = parse(CommentStatus.class, status, CommentStatus.PENDING);
		QueueOrder usual = shown == CommentStatus.PENDING && models.current().isPresent() ? QueueOrder.RISKIEST
				: QueueOrder.TIME;
		var filter = new QueueFilter(shown, number(section), number(article), parse(ReasonCode.class, reason, null), q,
				QueueFilter.Position.parse(after), size, parse(QueueOrder.class, order, usual),
				parse(RiskBand.class, band, null));
		model.addAttribute("page", QueueView.of(Csrf.of(csrf), desk.queue(filter), catalog.sections(), usual));
		return "moderation/queue";
	}

	@PostMapping("/moderation/comments/{id}/approve")
	String approve(@PathVariable long id, @RequestParam long version,
			@RequestParam(defaultValue = "/moderation") String back, RedirectAttributes redirect) {
		return decided(back, redirect, "moderation.done.approved", () -> desk.approve(pages.moderator(), id, version));
	}

	/**
	 * The keyboard script's approve: the comment as it is now; a conflict is the shell's
	 * Persian 409 problem.
	 */
	@PostMapping(path = "/moderation/comments/{id}/approve", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> approveJson(@PathVariable long id, @RequestParam long version) {
		return json(desk.approve(pages.moderator(), id, version));
	}

	@PostMapping("/moderation/comments/{id}/reject")
	String reject(@PathVariable long id, @RequestParam long version, @RequestParam(defaultValue = "") String reason,
			@RequestParam(defaultValue = "") String note, @RequestParam(defaultValue = "/moderation") String back,
			RedirectAttributes redirect) {
		RejectReason why = parse(RejectReason.class, reason, null);
		if (why == null) {
			Notice.refused(redirect, new KhabarException(ModerationError.REASON_MISSING));
			return DeskPages.redirect(back);
		}
		return decided(back, redirect, "moderation.done.rejected",
				() -> desk.reject(pages.moderator(), id, version, why, note));
	}

	@PostMapping(path = "/moderation/comments/{id}/reject", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> rejectJson(@PathVariable long id, @RequestParam long version,
			@RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "") String note) {
		return json(desk.reject(pages.moderator(), id, version, reason(reason), note));
	}

	@PostMapping("/moderation/bulk")
	String bulk(@RequestParam(name = "selected", required = false) @Nullable List<String> selected,
			@RequestParam String action, @RequestParam(defaultValue = "") String reason,
			@RequestParam(defaultValue = "") String note, @RequestParam(defaultValue = "/moderation") String back,
			RedirectAttributes redirect) {
		BulkOutcome outcome;
		try {
			outcome = decideAll(selected, action, reason, note);
		}
		catch (KhabarException ex) {
			if (ex.code() != ModerationError.REASON_MISSING && ex.code() != ModerationError.NOTHING_SELECTED) {
				throw ex;
			}
			Notice.refused(redirect, ex);
			return DeskPages.redirect(back);
		}
		if (outcome.conflicted().isEmpty() && outcome.missing().isEmpty()) {
			Notice.done(redirect, "moderation.done.bulk", outcome.decided().size());
		}
		else {
			Notice.refused(redirect, "moderation.done.bulk-conflicts", outcome.decided().size(),
					outcome.conflicted().size() + outcome.missing().size());
		}
		return DeskPages.redirect(back);
	}

	@PostMapping(path = "/moderation/bulk", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> bulkJson(
			@RequestParam(name = "selected", required = false) @Nullable List<String> selected,
			@RequestParam String action, @RequestParam(defaultValue = "") String reason,
			@RequestParam(defaultValue = "") String note) {
		BulkOutcome outcome = decideAll(selected, action, reason, note);
		return ResponseEntity
			.ok(Map.of("decided", outcome.decided(), "conflicted", outcome.conflicted(), "missing", outcome.missing()));
	}

	@GetMapping("/moderation/comments/{id}")
	String comment(@PathVariable long id, CsrfToken csrf, Model model) {
		var entry = desk.entry(id).orElseThrow(() -> new KhabarException(CommentError.COMMENT_NOT_FOUND));
		model.addAttribute("page",
				new CommentView(Csrf.of(csrf), entry, desk.history(id), List.of(RejectReason.values())));
		return "moderation/comment";
	}

	@PostMapping("/moderation/comments/{id}/edit")
	String edit(@PathVariable long id, @RequestParam long version, @RequestParam String text,
			RedirectAttributes redirect) {
		try {
			desk.edit(pages.moderator(), id, version, text);
			Notice.done(redirect, "moderation.done.edited");
		}
		catch (KhabarException ex) {
			if (ex.code() != CommentError.CONCURRENT_DECISION && ex.code() != CommentError.EDIT_EMPTY) {
				throw ex;
			}
			Notice.refused(redirect, ex);
		}
		return DeskPages.redirect("/moderation/comments/" + id);
	}

	@GetMapping("/moderation/decisions")
	String mine(Model model) {
		var actions = desk.recentDecisions(pages.moderator(), 100);
		model.addAttribute("page",
				new DecisionsView(actions, desk.excerpts(actions.stream().map(ModerationAction::commentId).toList())));
		return "moderation/decisions";
	}

	/**
	 * A decision from the queue's forms: done, or refused because another moderator
	 * decided first.
	 */
	private static String decided(String back, RedirectAttributes redirect, String doneKey,
			Supplier<ReviewedComment> decision) {
		try {
			decision.get();
			Notice.done(redirect, doneKey);
		}
		catch (KhabarException ex) {
			if (ex.code() != CommentError.CONCURRENT_DECISION && ex.code() != CommentError.COMMENT_NOT_FOUND) {
				throw ex;
			}
			Notice.refused(redirect, ex);
		}
		return DeskPages.redirect(back);
	}

	private static ResponseEntity<Map<String, Object>> json(ReviewedComment after) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", after.id());
		body.put("status", after.status().name());
		body.put("version", after.version());
		return ResponseEntity.ok(body);
	}

	private BulkOutcome decideAll(@Nullable List<String> selected, String action, String reason, String note) {
		CommentStatus to = switch (action) {
			case "approve" -> CommentStatus.PUBLISHED;
			case "reject" -> CommentStatus.REJECTED;
			default -> throw new KhabarException(CommonError.INVALID_REQUEST);
		};
		List<BulkOutcome.Selected> selection = new ArrayList<>();
		for (String value : selected == null ? List.<String>of() : selected) {
			var parsed = BulkOutcome.Selected.parse(value);
			if (parsed != null) {
				selection.add(parsed);
			}
		}
		return desk.decideAll(pages.moderator(), selection, to,
				to == CommentStatus.REJECTED ? reason(reason) : RejectReason.OTHER, note);
	}

	/** The moderator's reason for a refusal; there is no default. */
	private static RejectReason reason(String value) {
		RejectReason why = parse(RejectReason.class, value, null);
		if (why == null) {
			throw new KhabarException(ModerationError.REASON_MISSING);
		}
		return why;
	}

	static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value, @Nullable E fallback) {
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException unknown) {
			return fallback;
		}
	}

	static @Nullable Long number(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Long.parseLong(value.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	static Optional<Integer> days(@Nullable String value) {
		return Optional.ofNullable(number(value)).map(Long::intValue);
	}

}
