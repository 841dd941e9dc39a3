package app.khabar.newsroom.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import app.khabar.newsroom.NewsroomError;
import app.khabar.web.PageRenderer;
import app.khabar.web.Ui;

/**
 * A step the article's status does not allow (a stale page, a replayed form) is refused
 * by the article's guarded transitions with an {@link IllegalStateException}: for the
 * editor's controllers that is a Persian 409, not a 500. Before the shell's
 * {@code ErrorPages}, which would make it a 500.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@ControllerAdvice(
		assignableTypes = { ArticleEditorController.class, WorkflowController.class, RevisionsController.class })
class IllegalSteps {

	private final PageRenderer renderer;

	private final Ui ui;

	IllegalSteps(PageRenderer renderer, Ui ui) {
		this.renderer = renderer;
		this.ui = ui;
	}

	@ExceptionHandler(IllegalStateException.class)
	ResponseEntity<byte[]> illegalStep(IllegalStateException ex) {
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.cacheControl(CacheControl.noStore())
			.contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
			.body(renderer.render("error/page", Map.of("status", 409, "title", ui.t("error.409.title"), "message",
					ui.t(NewsroomError.ILLEGAL_STEP.messageKey()))));
	}

}
