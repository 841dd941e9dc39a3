package app.khabar.media;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The formats an upload may have, recognized by their first bytes, never by the file's
 * name or the browser's claim: JPEG, PNG and WebP images, MP4 and WebM videos. An HTML
 * file named {@code photo.jpg} is none of them.
 */
public enum MediaFormat {

	JPEG(Kind.IMAGE, "image/jpeg", "jpg"), PNG(Kind.IMAGE, "image/png", "png"), WEBP(Kind.IMAGE, "image/webp", "webp"),
	MP4(Kind.VIDEO, "video/mp4", "mp4"), WEBM(Kind.VIDEO, "video/webm", "webm");

	/** How many leading bytes {@link #sniff} needs to decide. */
	public static final int HEAD = 64;

	/**
	 * ISO base media brands of plain MP4 video (not HEIC images, QuickTime or 3GP, which
	 * share the container).
	 */
	private static final Set<String> MP4_BRANDS = Set.of("isom", "iso2", "iso4", "iso5", "iso6", "mp41", "mp42", "avc1",
			"M4V ", "dash", "mmp4");

	private final Kind kind;

	private final String contentType;

	private final String extension;

	MediaFormat(Kind kind, String contentType, String extension) {
		this.kind = kind;
		this.contentType = contentType;
		this.extension = extension;
	}

	public Kind kind() {
		return kind;
	}

	public String contentType() {
		return contentType;
	}

	public String extension() {
		return extension;
	}

	/** The format the first bytes of a file announce, if it is one we accept. */
	public static Optional<MediaFormat> sniff(byte[] head) {
		if (startsWith(head, 0, 0xFF, 0xD8, 0xFF)) {
			return Optional.of(JPEG);
		}
		if (startsWith(head, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of(PNG);
		}
		if (ascii(head, 0, "RIFF") && ascii(head, 8, "WEBP")) {
			return Optional.of(WEBP);
		}
		if (ascii(head, 4, "ftyp") && head.length >= 12
				&& MP4_BRANDS.contains(new String(head, 8, 4, StandardCharsets.ISO_8859_1))) {
			return Optional.of(MP4);
		}
		// Matroska's EBML header, with the "webm" doc type near the start (plain Matroska
		// is not accepted)
		if (startsWith(head, 0, 0x1A, 0x45, 0xDF, 0xA3) && contains(head, "webm")) {
			return Optional.of(WEBM);
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] data, int offset, int... expected) {
		if (data.length < offset + expected.length) {
			return false;
		}
		for (int i = 0; i < expected.length; i++) {
			if ((data[offset + i] & 0xFF) != expected[i]) {
				return false;
			}
		}
		return true;
	}

	private static boolean ascii(byte[] data, int offset, String text) {
		return startsWith(data, offset, text.chars().toArray());
	}

	private static boolean contains(byte[] data, String text) {
		byte[] needle = text.getBytes(StandardCharsets.US_ASCII);
		for (int i = 0; i + needle.length <= Math.min(data.length, HEAD); i++) {
			if (Arrays.equals(data, i, i + needle.length, needle, 0, needle.length)) {
				return true;
			}
		}
		return false;
	}

	/** Image or video. */
	public enum Kind {

		IMAGE, VIDEO

	}

}
