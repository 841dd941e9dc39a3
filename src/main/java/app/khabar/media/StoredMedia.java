package app.khabar.media;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * An uploaded image or video as stored: its SHA-256, the format it arrived in, its size
 * in pixels (0 for videos) and, for images, the widths it was resized to. {@code ref} is
 * the path to put in an article (the largest width).
 */
public record StoredMedia(long id, String sha256, MediaFormat format, int width, int height, List<Integer> widths,
		String storedExtension, long bytes, String uploadedBy, Instant uploadedAt) {

	private static final Pattern VIDEO_REF = Pattern.compile("/media/[0-9a-f]{32}\\.(mp4|webm)");

	public StoredMedia {
		widths = List.copyOf(widths);
	}

	/**
	 * The public path: content-addressed, so it never changes meaning and may be cached
	 * for ever.
	 */
	public String ref() {
		String key = Pictures.key(sha256);
		return format.kind() == MediaFormat.Kind.IMAGE ? Pictures.path(key, widths.getLast(), storedExtension)
				: "/media/" + key + "." + storedExtension;
	}

	/** The {@code srcset} of an image, null for a video. */
	public String srcset() {
		return Pictures.srcset(ref());
	}

	/**
	 * The format of an uploaded video's {@link #ref}; empty for anything else (an image,
	 * an embed page's URL).
	 */
	public static Optional<MediaFormat> videoFormat(@Nullable String ref) {
		if (ref == null || !VIDEO_REF.matcher(ref).matches()) {
			return Optional.empty();
		}
		return Optional.of(ref.endsWith(".mp4") ? MediaFormat.MP4 : MediaFormat.WEBM);
	}

}
