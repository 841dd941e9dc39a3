package app.khabar.moderation.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import app.khabar.account.CurrentStaff;
import app.khabar.account.StaffMember;
import app.khabar.web.PageRenderer;

/** What every desk controller shares: rendering, the current moderator, safe redirects back to the desk. */
@Component
class DeskPages {

	private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

	private final PageRenderer renderer;

	private final CurrentStaff staff;

	DeskPages(PageRenderer renderer, CurrentStaff staff) {
		this.renderer = renderer;
		this.staff = staff;
	}

	ResponseEntity<byte[]> render(String template, Object page) {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.contentType(HTML)
			.body(renderer.render(template, Map.of("page", page)));
	}

	StaffMember moderator() {
		return staff.require();
	}

	/** A 303 to {@code back} when it is a desk path, else to the queue: never to another site. */
	static ResponseEntity<Void> redirect(String back) {
		String target = back.startsWith("/moderation") && !back.startsWith("//") && !back.contains("\\")
				&& back.chars().noneMatch(Character::isISOControl) ? back : "/moderation";
		URI uri;
		try {
			uri = URI.create(target);
		}
		catch (IllegalArgumentException malformed) {
			uri = URI.create("/moderation");
		}
		return ResponseEntity.status(HttpStatus.SEE_OTHER).location(uri).build();
	}

	static boolean wantsJson(String accept) {
		return accept.contains("application/json");
	}

}
