package app.khabar.web;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Placeholder until the web branch lands; replaced by it on merge. */
@Component
public class CachedPages {

	public ResponseEntity<byte[]> respond(HttpServletRequest request, String cacheKey, String version,
			Supplier<byte[]> render) {
		return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/html;charset=UTF-8")).eTag(version).body(render.get());
	}

}
