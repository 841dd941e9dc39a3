package app.khabar.comment.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import app.khabar.web.PageRenderer;

/**
 * {@code GET /comments/rules}: the site's comment rules, linked from every comment form
 * and receipt: what is published, how decisions are made and explained, how to report a
 * comment, and what is kept about a commenter and for how long. The text is the message
 * bundle's ({@code comment.rules.*}); the page is the same for everyone, so it is cached.
 */
@Controller
class CommentRulesController {

	static final String PATH = "/comments/rules";

	private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

	private final PageRenderer renderer;

	CommentRulesController(PageRenderer renderer) {
		this.renderer = renderer;
	}

	@GetMapping(PATH)
	ResponseEntity<byte[]> rules() {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
			.contentType(HTML)
			.body(renderer.render("comment/rules", Map.of()));
	}

}
