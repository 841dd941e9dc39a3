package app.khabar.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import app.khabar.shared.KhabarException;

/**
 * Uploads of the newsroom: images (JPEG, PNG, WebP) and videos (MP4, WebM), recognized by
 * content, size-limited, and stored through {@link MediaStorage} under content-addressed
 * names. Images are decoded and written again at the standard widths ({@link Pictures});
 * videos are stored as they are. The same content uploaded twice is stored once. Nothing
 * is stored for a refused upload.
 */
@Service
public class MediaLibrary {

	private static final HexFormat HEX = HexFormat.of();

	private final MediaStorage storage;

	private final MediaFiles files;

	private final MediaSettings settings;

	private final Clock clock;

	MediaLibrary(MediaStorage storage, MediaFiles files, MediaSettings settings, Clock clock) {
		this.storage = storage;
		this.files = files;
		this.settings = settings;
		this.clock = clock;
		// ImageIO looks for plugins (TwelveMonkeys' WebP reader) once, with the class
		// loader of its first caller
		javax.imageio.ImageIO.scanForPlugins();
	}

	/**
	 * Stores an image. {@code declaredSize} is what the request says (-1 if unknown); the
	 * content is read up to the limit whatever it says.
	 * @throws KhabarException {@link MediaError#TOO_LARGE},
	 * {@link MediaError#UNSUPPORTED} (not an image by its bytes, e.g. an HTML file named
	 * .jpg), {@link MediaError#BROKEN}, {@link MediaError#TOO_MANY_PIXELS},
	 * {@link MediaError#EMPTY}
	 */
	public StoredMedia storeImage(String uploader, InputStream content, long declaredSize) {
		long max = settings.maxImageSize().toBytes();
		tooLarge(declaredSize, max);
		byte[] data;
		try {
			data = content.readNBytes(Math.toIntExact(Math.min(max + 1, Integer.MAX_VALUE - 8)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		tooLarge(data.length, max);
		MediaFormat format = sniff(data, Set.of(MediaFormat.Kind.IMAGE));
		String sha = sha256(data);
		Optional<StoredMedia> known = files.findBySha256(sha);
		if (known.isPresent()) {
			return known.get();
		}
		ImageResizer.Result resized = ImageResizer.resize(data, format, settings.maxPixels(), settings.jpegQuality());
		String key = Pictures.key(sha);
		try {
			for (ImageResizer.Variant variant : resized.variants()) {
				storage.put(Pictures.path(key, variant.width(), resized.extension()).substring("/media/".length()),
						new ByteArrayInputStream(variant.bytes()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<Integer> widths = resized.variants().stream().map(ImageResizer.Variant::width).toList();
		return record(sha, format, resized.extension(), resized.width(), resized.height(), widths, data.length,
				uploader);
	}

	/**
	 * Stores an image that the build resized ({@link PreparedImage}): its files as they
	 * are, under the key an upload of the same bytes gets, and once per content as any
	 * upload.
	 */
	public StoredMedia storePrepared(String uploader, PreparedImage prepared) {
		Optional<StoredMedia> known = files.findBySha256(prepared.sha256());
		if (known.isPresent()) {
			return known.get();
		}
		String key = Pictures.key(prepared.sha256());
		try {
			for (int width : prepared.widths()) {
				try (InputStream in = prepared.open(width)) {
					storage.put(Pictures.path(key, width, prepared.extension()).substring("/media/".length()), in);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return record(prepared.sha256(), prepared.format(), prepared.extension(), prepared.width(), prepared.height(),
				prepared.widths(), prepared.bytes(), uploader);
	}

	/**
	 * Stores a video file as it is, after checking its first bytes (MP4 or WebM) and its
	 * size.
	 * @throws KhabarException {@link MediaError#TOO_LARGE},
	 * {@link MediaError#UNSUPPORTED}, {@link MediaError#EMPTY}
	 */
	public StoredMedia storeVideo(String uploader, InputStream content, long declaredSize) {
		long max = settings.maxVideoSize().toBytes();
		tooLarge(declaredSize, max);
		Path temp = null;
		try {
			byte[] head = content.readNBytes(MediaFormat.HEAD);
			MediaFormat format = sniff(head, Set.of(MediaFormat.Kind.VIDEO));
			temp = Files.createTempFile("khabar-video-", ".part");
			MessageDigest digest = digest();
			long size;
			try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), digest)) {
				out.write(head);
				size = head.length + copy(content, out, max + 1 - head.length);
			}
			tooLarge(size, max);
			String sha = HEX.formatHex(digest.digest());
			Optional<StoredMedia> known = files.findBySha256(sha);
			if (known.isPresent()) {
				return known.get();
			}
			try (InputStream in = Files.newInputStream(temp)) {
				storage.put(Pictures.key(sha) + "." + format.extension(), in);
			}
			return record(sha, format, format.extension(), 0, 0, List.of(), size, uploader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			if (temp != null) {
				try {
					Files.deleteIfExists(temp);
				}
				catch (IOException ignored) {
					// a leftover temporary file is harmless
				}
			}
		}
	}

	/**
	 * The size in pixels of the image an article shows at this reference (an uploaded
	 * image's path), for link previews and structured data; empty for anything else (a
	 * demo SVG, an outside URL, a video).
	 */
	public Optional<PixelSize> imageSize(@Nullable String ref) {
		return Pictures.keyAndWidth(ref)
			.flatMap(keyAndWidth -> files.findByKey(keyAndWidth.getKey())
				.filter(stored -> stored.width() > 0)
				.map(stored -> new PixelSize(keyAndWidth.getValue(),
						Math.round((float) stored.height() * keyAndWidth.getValue() / stored.width()))));
	}

	/** A stored file by its public name (the part of the path after {@code /media/}). */
	public Optional<Resource> open(String name) {
		return storage.get(name);
	}

	private StoredMedia record(String sha, MediaFormat format, String extension, int width, int height,
			List<Integer> widths, long bytes, String uploader) {
		try {
			files.insert(sha, format, extension, width, height, widths, bytes, uploader, clock.instant());
		}
		catch (DuplicateKeyException ex) {
			// the same content, uploaded at the same moment by someone else: theirs is
			// ours
		}
		return files.findBySha256(sha).orElseThrow();
	}

	private static MediaFormat sniff(byte[] data, Set<MediaFormat.Kind> accepted) {
		if (data.length == 0) {
			throw new KhabarException(MediaError.EMPTY);
		}
		byte[] head = data.length <= MediaFormat.HEAD ? data : java.util.Arrays.copyOf(data, MediaFormat.HEAD);
		return MediaFormat.sniff(head)
			.filter(format -> accepted.contains(format.kind()))
			.orElseThrow(() -> new KhabarException(MediaError.UNSUPPORTED));
	}

	private static void tooLarge(long size, long max) {
		if (size > max) {
			throw new KhabarException(MediaError.TOO_LARGE, megabytes(max));
		}
	}

	private static String megabytes(long bytes) {
		return app.khabar.persian.PersianDigits.format(Math.max(1, bytes / (1024 * 1024)));
	}

	private static long copy(InputStream in, OutputStream out, long limit) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		long total = 0;
		int n;
		while (total < limit && (n = in.read(buffer, 0, (int) Math.min(buffer.length, limit - total))) > 0) {
			out.write(buffer, 0, n);
			total += n;
		}
		return total;
	}

	private static String sha256(byte[] data) {
		return HEX.formatHex(digest().digest(data));
	}

	private static MessageDigest digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
