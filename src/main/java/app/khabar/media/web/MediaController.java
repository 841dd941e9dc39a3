package app.khabar.media.web;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import app.khabar.media.MediaError;
import app.khabar.media.MediaLibrary;
import app.khabar.shared.KhabarException;

/**
 * {@code GET /media/{name}}: uploaded images and videos. Names are content-addressed, so
 * a response never changes and is cached for a year as immutable; byte ranges (for video
 * seeking) come from Spring's resource handling. The type is set from the name, which we
 * made, and never sniffed by the browser.
 */
@Controller
class MediaController {

	private static final Pattern NAME = Pattern.compile("[0-9a-f]{32}(?:-\\d{1,5})?\\.(jpg|png|mp4|webm)");

	private final MediaLibrary library;

	MediaController(MediaLibrary library) {
		this.library = library;
	}

	@GetMapping("/media/{name}")
	ResponseEntity<Resource> show(@PathVariable String name) {
		Matcher m = NAME.matcher(name);
		if (!m.matches()) {
			throw new KhabarException(MediaError.NOT_FOUND);
		}
		Resource file = library.open(name).orElseThrow(() -> new KhabarException(MediaError.NOT_FOUND));
		MediaType type = switch (m.group(1)) {
			case "jpg" -> MediaType.IMAGE_JPEG;
			case "png" -> MediaType.IMAGE_PNG;
			case "mp4" -> MediaType.parseMediaType("video/mp4");
			default -> MediaType.parseMediaType("video/webm");
		};
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
			.header("X-Content-Type-Options", "nosniff")
			.contentType(type)
			.body(file);
	}

}
