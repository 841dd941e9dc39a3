package app.khabar.wordpress.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.khabar.wordpress.OldUrls;

/**
 * WordPress's plain links, {@code /?p=ID} and {@code /?page_id=ID}: the home page's path
 * with a query the home page never uses, so a mapping of their own (a more specific match
 * than the home page's) answers them; an id that was not imported gets the home page by
 * redirect, not an error.
 */
@Controller
class OldUrlController {

	private final OldUrls oldUrls;

	OldUrlController(OldUrls oldUrls) {
		this.oldUrls = oldUrls;
	}

	@GetMapping(path = "/", params = "p")
	ResponseEntity<Void> post(@RequestParam("p") String id) {
		return redirect(id);
	}

	@GetMapping(path = "/", params = "page_id")
	ResponseEntity<Void> page(@RequestParam("page_id") String id) {
		return redirect(id);
	}

	private ResponseEntity<Void> redirect(String id) {
		String location = oldUrls.resolvePostId(id).orElse("/");
		HttpStatus status = "/".equals(location) ? HttpStatus.FOUND : HttpStatus.MOVED_PERMANENTLY;
		return ResponseEntity.status(status).header(HttpHeaders.LOCATION, location).build();
	}

}
