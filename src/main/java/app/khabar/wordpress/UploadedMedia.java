package app.khabar.wordpress;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import app.khabar.media.MediaLibrary;
import app.khabar.media.StoredMedia;
import app.khabar.shared.KhabarException;

/**
 * The site's images as Khabar media: an address under {@code /wp-content/uploads/} is
 * looked for in the operator's copy of that folder ({@code --uploads}) and stored like an
 * upload (resized, with a srcset); WordPress's resized copies ({@code photo-300x200.jpg})
 * fall back to the original. One file is stored once, whichever post or attachment names
 * it first.
 */
final class UploadedMedia {

	private static final Pattern RESIZED = Pattern.compile("-\\d+x\\d+(?=\\.[A-Za-z0-9]+$)");

	private static final String UPLOADS = "/wp-content/uploads/";

	private final MediaLibrary library;

	private final @Nullable Path uploads;

	private final Map<String, Optional<StoredMedia>> byAddress = new HashMap<>();

	UploadedMedia(MediaLibrary library, @Nullable Path uploads) {
		this.library = library;
		this.uploads = uploads;
	}

	/** Whether the address names a file of the site's uploads folder. */
	static boolean isUpload(String address) {
		return address.contains(UPLOADS);
	}

	/**
	 * The stored image for an uploads address, empty when there is no copy of the folder,
	 * the file is not in it, or it is not an image Khabar takes (reported by the caller).
	 */
	Optional<StoredMedia> find(String address) {
		if (uploads == null || !isUpload(address)) {
			return Optional.empty();
		}
		return byAddress.computeIfAbsent(address, this::store);
	}

	/** Whether the copy of the folder has the file (an image Khabar takes or not). */
	boolean exists(String address) {
		return file(address) != null;
	}

	private Optional<StoredMedia> store(String address) {
		Path file = file(address);
		if (file == null) {
			return Optional.empty();
		}
		try (InputStream in = Files.newInputStream(file)) {
			return Optional.of(library.storeImage("wordpress", in, Files.size(file)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (KhabarException notAnImage) {
			return Optional.empty();
		}
	}

	private @Nullable Path file(String address) {
		if (uploads == null) {
			return null;
		}
		String relative = WxrImport.decode(address.substring(address.indexOf(UPLOADS) + UPLOADS.length()));
		int query = relative.indexOf('?');
		relative = query < 0 ? relative : relative.substring(0, query);
		for (String candidate : new String[] { relative, RESIZED.matcher(relative).replaceFirst("") }) {
			Path file = uploads.resolve(candidate).normalize();
			if (file.startsWith(uploads.normalize()) && Files.isRegularFile(file)) {
				return file;
			}
		}
		return null;
	}

}
