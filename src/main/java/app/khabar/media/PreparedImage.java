package app.khabar.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import org.springframework.core.io.ClassPathResource;

/**
 * An image resized at build time, for pictures that ship with Khabar (the demo's): the
 * same {@link ImageResizer} run on the same bytes with the default settings, written as
 * {@code NAME.properties} (what {@code media_file} records) beside {@code NAME-WIDTH.EXT}
 * per width. {@link MediaLibrary#storePrepared} then stores it in milliseconds instead of
 * decoding and encoding it again on a first start, under the key an upload of the same
 * bytes would get.
 *
 * @param sha256 of the original image's bytes
 * @param widths smallest first, as {@link Pictures#widthsFor}
 * @param location the classpath location of the files without suffix ({@code dir/NAME})
 */
public record PreparedImage(String sha256, MediaFormat format, String extension, int width, int height,
		List<Integer> widths, long bytes, String location) {

	/** The JPEG quality the build uses: {@code khabar.media.jpeg-quality}'s default. */
	static final float QUALITY = 0.85f;

	/** The pixel bound the build uses: {@code khabar.media.max-pixels}' default. */
	static final long MAX_PIXELS = 40_000_000;

	/**
	 * Resizes an image (JPEG, PNG or WebP bytes) and writes it into {@code dir} as
	 * {@code name}; for the build.
	 */
	public static void write(byte[] image, Path dir, String name) throws IOException {
		MediaFormat format = MediaFormat.sniff(Arrays.copyOf(image, Math.min(image.length, MediaFormat.HEAD)))
			.filter(f -> f.kind() == MediaFormat.Kind.IMAGE)
			.orElseThrow(() -> new IllegalArgumentException("not an image: " + name));
		ImageResizer.Result resized = ImageResizer.resize(image, format, MAX_PIXELS, QUALITY);
		Files.createDirectories(dir);
		for (ImageResizer.Variant variant : resized.variants()) {
			Files.write(dir.resolve(name + "-" + variant.width() + "." + resized.extension()), variant.bytes());
		}
		var description = new Properties();
		description.setProperty("sha256", sha256(image));
		description.setProperty("format", format.name());
		description.setProperty("extension", resized.extension());
		description.setProperty("width", String.valueOf(resized.width()));
		description.setProperty("height", String.valueOf(resized.height()));
		description.setProperty("widths",
				String.join(",", resized.variants().stream().map(variant -> String.valueOf(variant.width())).toList()));
		description.setProperty("bytes", String.valueOf(image.length));
		try (OutputStream out = Files.newOutputStream(dir.resolve(name + ".properties"))) {
			description.store(out, null);
		}
	}

	/**
	 * The prepared image at this classpath location ({@code dir/NAME}), empty when the
	 * build made none there.
	 */
	public static Optional<PreparedImage> find(String location) {
		var resource = new ClassPathResource(location + ".properties");
		if (!resource.exists()) {
			return Optional.empty();
		}
		var description = new Properties();
		try (InputStream in = resource.getInputStream()) {
			description.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Optional.of(new PreparedImage(description.getProperty("sha256"),
				MediaFormat.valueOf(description.getProperty("format")), description.getProperty("extension"),
				Integer.parseInt(description.getProperty("width")), Integer.parseInt(description.getProperty("height")),
				Arrays.stream(description.getProperty("widths").split(",")).map(Integer::valueOf).toList(),
				Long.parseLong(description.getProperty("bytes")), location));
	}

	/** One width's file, as the build wrote it. */
	InputStream open(int width) throws IOException {
		return new ClassPathResource(location + "-" + width + "." + extension).getInputStream();
	}

	/** The SHA-256 of these bytes, as hex (what identifies an upload). */
	public static String sha256(byte[] data) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
