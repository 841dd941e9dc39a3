package app.khabar.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.khabar.shared.KhabarException;

/**
 * Uploads on a real database and the local media folder: resized variants, content
 * checks, limits, and nothing stored for a refused file.
 */
@SpringBootTest(properties = { "khabar.newsroom.scheduled-publishing=false", "khabar.media.max-image-size=2MB",
		"khabar.media.max-video-size=1MB", "khabar.media.max-pixels=30000000" })
class MediaLibraryIntegrationTests {

	@Autowired
	MediaLibrary library;

	@Autowired
	JdbcClient jdbc;

	@Value("${khabar.data-dir}")
	String dataDir;

	@Test
	void aLargeJpegIsStoredAtTheStandardWidthsAndOnceOnly() throws IOException {
		byte[] photo = TestImages.jpeg(2400, 1500);
		StoredMedia media = library.storeImage("maryam", new ByteArrayInputStream(photo), photo.length);

		assertThat(media.format()).isEqualTo(MediaFormat.JPEG);
		assertThat(media.width()).isEqualTo(2400);
		assertThat(media.height()).isEqualTo(1500);
		assertThat(media.widths()).containsExactly(480, 960, 1600);
		assertThat(media.sha256()).hasSize(64);
		assertThat(media.uploadedBy()).isEqualTo("maryam");
		assertThat(media.ref()).matches("/media/[0-9a-f]{32}-1600\\.jpg");
		assertThat(media.srcset()).contains("-480.jpg 480w", "-960.jpg 960w", "-1600.jpg 1600w");
		for (int width : media.widths()) {
			String name = media.ref().substring("/media/".length()).replace("-1600.", "-" + width + ".");
			BufferedImage variant = TestImages.read(read(name));
			assertThat(variant.getWidth()).isEqualTo(width);
			assertThat(variant.getHeight()).isEqualTo(Math.round(1500f * width / 2400));
		}

		StoredMedia again = library.storeImage("sara", new ByteArrayInputStream(photo), -1);
		assertThat(again.id()).isEqualTo(media.id());
		assertThat(again.uploadedBy()).isEqualTo("maryam");
	}

	@Test
	void aPhonePhotoTurnedByItsExifOrientationIsStoredUprightWithoutTheExif() throws IOException {
		// stored 600 wide and 400 high, left half red; EXIF 6: to be seen turned a
		// quarter clockwise
		byte[] photo = TestImages.jpegWithOrientation(600, 400, 6);
		StoredMedia media = library.storeImage("maryam", new ByteArrayInputStream(photo), photo.length);

		assertThat(media.width()).isEqualTo(400);
		assertThat(media.height()).isEqualTo(600);
		byte[] written = read(media.ref().substring(7));
		BufferedImage stored = TestImages.read(written);
		assertThat(stored.getWidth()).isEqualTo(400);
		assertThat(stored.getHeight()).isEqualTo(600);
		// what was on the left is now on top
		assertThat(red(stored.getRGB(200, 100))).isGreaterThan(200);
		assertThat(red(stored.getRGB(200, 500))).isLessThan(60);
		assertThat(ImageResizer.exifOrientation(written)).isEqualTo(1);
	}

	private static int red(int rgb) {
		return (rgb >> 16) & 0xFF;
	}

	@Test
	void aTransparentPngStaysPngAndASmallOneIsNotEnlarged() throws IOException {
		byte[] logo = TestImages.png(300, 200, true);
		StoredMedia media = library.storeImage("maryam", new ByteArrayInputStream(logo), logo.length);
		assertThat(media.widths()).containsExactly(300);
		assertThat(media.ref()).endsWith("-300.png");
		BufferedImage stored = TestImages.read(read(media.ref().substring(7)));
		assertThat(stored.getColorModel().hasAlpha()).isTrue();
		assertThat(stored.getRGB(0, 0) >>> 24).isZero();
	}

	@Test
	void aWebpIsDecodedAndServedAsJpeg() throws IOException {
		byte[] webp = TestImages.webp(1000, 600, 0x336699);
		StoredMedia media = library.storeImage("maryam", new ByteArrayInputStream(webp), webp.length);
		assertThat(media.format()).isEqualTo(MediaFormat.WEBP);
		assertThat(media.widths()).containsExactly(480, 960, 1000);
		BufferedImage stored = TestImages.read(read(media.ref().substring(7)));
		assertThat(stored.getWidth()).isEqualTo(1000);
		int rgb = stored.getRGB(500, 300) & 0xFFFFFF;
		assertThat(Math.abs((rgb >> 16) - 0x33)).isLessThan(6);
	}

	@Test
	void anHtmlFileCalledJpegIsRefusedAndNothingIsStored() {
		long rows = rows();
		long files = files();
		byte[] html = TestImages.htmlImpostor();
		assertThatThrownBy(() -> library.storeImage("sara", new ByteArrayInputStream(html), html.length))
			.isInstanceOfSatisfying(KhabarException.class,
					ex -> assertThat(ex.code()).isEqualTo(MediaError.UNSUPPORTED));
		// a video is not an image either, and an image is not a video
		byte[] video = TestImages.mp4(4000);
		assertThatThrownBy(() -> library.storeImage("sara", new ByteArrayInputStream(video), video.length))
			.isInstanceOfSatisfying(KhabarException.class,
					ex -> assertThat(ex.code()).isEqualTo(MediaError.UNSUPPORTED));
		byte[] photo = TestImages.jpeg(20, 20);
		assertThatThrownBy(() -> library.storeVideo("sara", new ByteArrayInputStream(photo), photo.length))
			.isInstanceOfSatisfying(KhabarException.class,
					ex -> assertThat(ex.code()).isEqualTo(MediaError.UNSUPPORTED));
		assertThat(rows()).isEqualTo(rows);
		assertThat(files()).isEqualTo(files);
	}

	@Test
	void tooLargeBrokenAndOversizedImagesAreRefused() {
		long rows = rows();
		// over the limit, whatever the request claimed its size was
		byte[] big = new byte[3 * 1024 * 1024];
		System.arraycopy(TestImages.jpeg(10, 10), 0, big, 0, 100);
		assertThatThrownBy(() -> library.storeImage("sara", new ByteArrayInputStream(big), 10))
			.isInstanceOfSatisfying(KhabarException.class, ex -> {
				assertThat(ex.code()).isEqualTo(MediaError.TOO_LARGE);
				assertThat(ex.code().kind().httpStatus()).isEqualTo(413);
			});
		// starts like a JPEG, is not one
		byte[] truncated = java.util.Arrays.copyOf(TestImages.jpeg(400, 300), 40);
		assertThatThrownBy(() -> library.storeImage("sara", new ByteArrayInputStream(truncated), truncated.length))
			.isInstanceOfSatisfying(KhabarException.class, ex -> assertThat(ex.code()).isEqualTo(MediaError.BROKEN));
		// a small PNG whose header claims 100000 × 100000 pixels
		byte[] bomb = TestImages.png(10, 10, false);
		writeInt(bomb, 16, 100_000);
		writeInt(bomb, 20, 100_000);
		assertThatThrownBy(() -> library.storeImage("sara", new ByteArrayInputStream(bomb), bomb.length))
			.isInstanceOfSatisfying(KhabarException.class,
					ex -> assertThat(ex.code()).isIn(MediaError.TOO_MANY_PIXELS, MediaError.BROKEN));
		assertThatThrownBy(() -> library.storeImage("sara", InputStream.nullInputStream(), 0))
			.isInstanceOfSatisfying(KhabarException.class, ex -> assertThat(ex.code()).isEqualTo(MediaError.EMPTY));
		assertThat(rows()).isEqualTo(rows);
	}

	@Test
	void aVideoIsStoredAsItIsWithinItsLimit() throws IOException {
		byte[] video = TestImages.mp4(200_000);
		StoredMedia media = library.storeVideo("maryam", new ByteArrayInputStream(video), video.length);
		assertThat(media.format()).isEqualTo(MediaFormat.MP4);
		assertThat(media.ref()).matches("/media/[0-9a-f]{32}\\.mp4");
		assertThat(media.bytes()).isEqualTo(video.length);
		assertThat(read(media.ref().substring(7))).isEqualTo(video);

		byte[] huge = TestImages.mp4(2 * 1024 * 1024);
		assertThatThrownBy(() -> library.storeVideo("maryam", new ByteArrayInputStream(huge), -1))
			.isInstanceOfSatisfying(KhabarException.class, ex -> assertThat(ex.code()).isEqualTo(MediaError.TOO_LARGE));
	}

	private byte[] read(String name) throws IOException {
		try (InputStream in = library.open(name).orElseThrow().getInputStream()) {
			return in.readAllBytes();
		}
	}

	private long rows() {
		return jdbc.sql("SELECT COUNT(*) FROM media_file").query(Long.class).single();
	}

	private long files() {
		Path root = Path.of(dataDir, "media");
		if (!Files.exists(root)) {
			return 0;
		}
		try (Stream<Path> all = Files.walk(root)) {
			return all.filter(Files::isRegularFile).count();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static void writeInt(byte[] data, int offset, int value) {
		data[offset] = (byte) (value >>> 24);
		data[offset + 1] = (byte) (value >>> 16);
		data[offset + 2] = (byte) (value >>> 8);
		data[offset + 3] = (byte) value;
	}

}
