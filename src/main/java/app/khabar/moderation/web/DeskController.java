package app.khabar.moderation.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.khabar.article.ArticleCatalog;
import app.khabar.comment.CommentError;
import app.khabar.comment.CommentStatus;
import app.khabar.comment.ReviewedComment;
import app.khabar.comment.spi.ReasonCode;
import app.khabar.moderation.BulkOutcome;
import app.khabar.moderation.ModerationDesk;
import app.khabar.moderation.QueueFilter;
import app.khabar.moderation.RejectReason;
import app.khabar.shared.CommonError;
import app.khabar.shared.KhabarException;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The queue ({@code /moderation}), decisions on one comment or a selection, a comment's page (edit and history), and
 * the moderator's own recent decisions. Every decision is a plain form post that comes back to the queue; the
 * keyboard script ({@code moderation.js}) posts the same forms asking for JSON and stays on the page.
 */
@Controller
class DeskController {

	private final ModerationDesk desk;

	private final ArticleCatalog catalog;

	private final DeskPages pages;

	DeskController(ModerationDesk desk, ArticleCatalog catalog, DeskPages pages) {
		this.desk = desk;
		this.catalog = catalog;
		this.pages = pages;
	}

	@GetMapping("/moderation")
	ResponseEntity<byte[]> queue(@RequestParam(defaultValue = "PENDING") String status,
			@RequestParam(required = false) @Nullable String section,
			@RequestParam(required = false) @Nullable String article,
			@RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable String after,
			@RequestParam(defaultValue = "50") int size, CsrfToken csrf, HttpServletRequest request) {
		var filter = new QueueFilter(parse(CommentStatus.class, status, CommentStatus.PENDING), number(section),
				number(article), parse(ReasonCode.class, reason, null), q, QueueFilter.Position.parse(after), size);
		return pages.render("moderation/queue",
				QueueView.of(Csrf.of(csrf), desk.queue(filter), catalog.sections(), Notice.of(request)));
	}

	@PostMapping("/moderation/comments/{id}/approve")
	ResponseEntity<?> approve(@PathVariable long id, @RequestParam long version,
			@RequestParam(defaultValue = "/moderation") String back,
			@RequestHeader(name = "Accept", defaultValue = "") String accept, RedirectAttributes redirect) {
		return decided(accept, back, redirect, "moderation.done.approved",
				() -> desk.approve(pages.moderator(), id, version));
	}

	@PostMapping("/moderation/comments/{id}/reject")
	ResponseEntity<?> reject(@PathVariable long id, @RequestParam long version,
			@RequestParam(defaultValue = "OTHER") String reason, @RequestParam(defaultValue = "") String note,
			@RequestParam(defaultValue = "/moderation") String back,
			@RequestHeader(name = "Accept", defaultValue = "") String accept, RedirectAttributes redirect) {
		RejectReason why = parse(RejectReason.class, reason, RejectReason.OTHER);
		return decided(accept, back, redirect, "moderation.done.rejected",
				() -> desk.reject(pages.moderator(), id, version, why, note));
	}

	@PostMapping("/moderation/bulk")
	ResponseEntity<?> bulk(@RequestParam(name = "selected", required = false) @Nullable List<String> selected,
			@RequestParam String action, @RequestParam(defaultValue = "OTHER") String reason,
			@RequestParam(defaultValue = "") String note, @RequestParam(defaultValue = "/moderation") String back,
			@RequestHeader(name = "Accept", defaultValue = "") String accept, RedirectAttributes redirect) {
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
		BulkOutcome outcome = desk.decideAll(pages.moderator(), selection, to,
				parse(RejectReason.class, reason, RejectReason.OTHER), note);
		if (DeskPages.wantsJson(accept)) {
			return ResponseEntity.ok(Map.of("decided", outcome.decided(), "conflicted", outcome.conflicted(),
					"missing", outcome.missing()));
		}
		if (outcome.conflicted().isEmpty() && outcome.missing().isEmpty()) {
			Notice.ok(redirect, "moderation.done.bulk", outcome.decided().size());
		}
		else {
			Notice.error(redirect, "moderation.done.bulk-conflicts", outcome.decided().size(),
					outcome.conflicted().size() + outcome.missing().size());
		}
		return DeskPages.redirect(back);
	}

	@GetMapping("/moderation/comments/{id}")
	ResponseEntity<byte[]> comment(@PathVariable long id, CsrfToken csrf, HttpServletRequest request) {
		var entry = desk.entry(id).orElseThrow(() -> new KhabarException(CommentError.COMMENT_NOT_FOUND));
		return pages.render("moderation/comment", new CommentView(Csrf.of(csrf), entry, desk.history(id),
				List.of(RejectReason.values()), Notice.of(request)));
	}

	@PostMapping("/moderation/comments/{id}/edit")
	ResponseEntity<?> edit(@PathVariable long id, @RequestParam long version, @RequestParam String text,
			RedirectAttributes redirect) {
		try {
			desk.edit(pages.moderator(), id, version, text);
			Notice.ok(redirect, "moderation.done.edited");
		}
		catch (KhabarException ex) {
			if (ex.code() != CommentError.CONCURRENT_DECISION && ex.code() != CommentError.EDIT_EMPTY) {
				throw ex;
			}
			Notice.error(redirect, ex.code().messageKey());
		}
		return DeskPages.redirect("/moderation/comments/" + id);
	}

	@GetMapping("/moderation/decisions")
	ResponseEntity<byte[]> mine() {
		return pages.render("moderation/decisions", new DecisionsView(desk.recentDecisions(pages.moderator(), 100)));
	}

	private ResponseEntity<?> decided(String accept, String back, RedirectAttributes redirect, String doneKey,
			java.util.function.Supplier<ReviewedComment> decision) {
		if (DeskPages.wantsJson(accept)) {
			// conflicts reach the client as a Persian 409 problem from the web shell
			ReviewedComment after = decision.get();
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("id", after.id());
			body.put("status", after.status().name());
			body.put("version", after.version());
			return ResponseEntity.ok(body);
		}
		try {
			decision.get();
			Notice.ok(redirect, doneKey);
		}
		catch (KhabarException ex) {
			if (ex.code() != CommentError.CONCURRENT_DECISION && ex.code() != CommentError.COMMENT_NOT_FOUND) {
				throw ex;
			}
			Notice.error(redirect, ex.code().messageKey());
		}
		return DeskPages.redirect(back);
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
