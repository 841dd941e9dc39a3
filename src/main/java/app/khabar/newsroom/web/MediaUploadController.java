package app.khabar.newsroom.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import app.khabar.account.CurrentStaff;
import app.khabar.account.StaffMember;
import app.khabar.media.MediaError;
import app.khabar.media.MediaLibrary;
import app.khabar.media.StoredMedia;
import app.khabar.newsroom.NewsroomPermissions;
import app.khabar.shared.KhabarException;

/**
 * Uploads from the editor ({@code multipart/form-data}, field {@code file}), answered in
 * JSON with the path to put in the article and, for images, the {@code srcset}. Refusals
 * (not an image by content, too large, broken) are Persian 4xx in JSON from the shell's
 * error handling. The editor sends the CSRF token as a header, so an upload too large for
 * the servlet's multipart limit is still refused as too large, not as a bad token.
 */
@Controller
class MediaUploadController {

	private final MediaLibrary library;

	private final NewsroomPermissions permissions;

	private final CurrentStaff current;

	MediaUploadController(MediaLibrary library, NewsroomPermissions permissions, CurrentStaff current) {
		this.library = library;
		this.permissions = permissions;
		this.current = current;
	}

	@PostMapping("/newsroom/media/images")
	ResponseEntity<Map<String, Object>> uploadImage(
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file) {
		StaffMember staff = writer();
		StoredMedia media = store(file, (in, size) -> library.storeImage(staff.username(), in, size));
		var answer = answer(media);
		answer.put("srcset", media.srcset());
		answer.put("width", media.width());
		answer.put("height", media.height());
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(answer);
	}

	@PostMapping("/newsroom/media/videos")
	ResponseEntity<Map<String, Object>> uploadVideo(
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file) {
		StaffMember staff = writer();
		StoredMedia media = store(file, (in, size) -> library.storeVideo(staff.username(), in, size));
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(answer(media));
	}

	private StaffMember writer() {
		StaffMember staff = permissions.member(current.current());
		return staff;
	}

	private static StoredMedia store(@Nullable MultipartFile file, Store store) {
		if (file == null || file.isEmpty()) {
			throw new KhabarException(MediaError.EMPTY);
		}
		try (InputStream in = file.getInputStream()) {
			return store.apply(in, file.getSize());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Map<String, Object> answer(StoredMedia media) {
		var answer = new LinkedHashMap<String, Object>();
		answer.put("ref", media.ref());
		answer.put("format", media.format().name());
		return answer;
	}

	private interface Store {

		StoredMedia apply(InputStream in, long size);

	}

}
