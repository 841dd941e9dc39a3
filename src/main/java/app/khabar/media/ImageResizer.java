package app.khabar.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;

import app.khabar.shared.KhabarException;

/**
 * Decodes an uploaded image with the reader of the format its bytes announced (never one
 * ImageIO guesses), refuses more than {@code maxPixels} before decoding, and writes it
 * again at each of {@link Pictures#widthsFor} widths: JPEG for opaque images, PNG when
 * some pixel is transparent. Writing anew also drops metadata (camera, GPS) and anything
 * appended to the file, so a JPEG is first turned as its EXIF orientation says (phone
 * photos store the sensor's rows). WebP is decoded by TwelveMonkeys' reader; there is no
 * WebP writer, so WebP uploads are served as JPEG or PNG.
 */
final class ImageResizer {

	static {
		// no temporary files for image streams: uploads are already in memory and bounded
		ImageIO.setUseCache(false);
	}

	record Variant(int width, int height, byte[] bytes) {
	}

	record Result(int width, int height, String extension, List<Variant> variants) {
	}

	private ImageResizer() {
	}

	static Result resize(byte[] data, MediaFormat format, long maxPixels, float jpegQuality) {
		BufferedImage image = decode(data, format, maxPixels);
		if (format == MediaFormat.JPEG) {
			// phones store the sensor's rows and say in EXIF how to turn them; the copies
			// we write carry no EXIF
			image = upright(image, exifOrientation(data));
		}
		boolean transparent = hasTransparency(image);
		String extension = transparent ? "png" : "jpg";
		var variants = new ArrayList<Variant>();
		for (int width : Pictures.widthsFor(image.getWidth())) {
			int height = Math.max(1, Math.round((float) image.getHeight() * width / image.getWidth()));
			BufferedImage scaled = scale(image, width, height, transparent);
			variants.add(new Variant(width, height, transparent ? png(scaled) : jpeg(scaled, jpegQuality)));
		}
		return new Result(image.getWidth(), image.getHeight(), extension, variants);
	}

	private static BufferedImage decode(byte[] data, MediaFormat format, long maxPixels) {
		Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(format.contentType());
		if (!readers.hasNext()) {
			throw new IllegalStateException("No ImageIO reader for " + format);
		}
		ImageReader reader = readers.next();
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
			reader.setInput(in, true, true);
			long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
			if (pixels > maxPixels) {
				throw new KhabarException(MediaError.TOO_MANY_PIXELS);
			}
			BufferedImage image = reader.read(0);
			if (image.getWidth() < 1 || image.getHeight() < 1) {
				throw new KhabarException(MediaError.BROKEN);
			}
			return image;
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof KhabarException khabar) {
				throw khabar;
			}
			// truncated, corrupt or unsupported variants (e.g. CMYK JPEG): the editor's
			// problem, not a 500
			throw new KhabarException(MediaError.BROKEN);
		}
		finally {
			reader.dispose();
		}
	}

	/**
	 * The EXIF orientation (1 to 8) of a JPEG; 1 (as stored) when it has none or it
	 * cannot be read.
	 */
	static int exifOrientation(byte[] jpeg) {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
			List<JPEGSegment> exif = JPEGSegmentUtil.readSegments(in, JPEG.APP1, "Exif");
			if (exif.isEmpty()) {
				return 1;
			}
			byte[] tiff = exif.getFirst().data().readAllBytes();
			// "Exif" is followed by two zero bytes; the segment's data starts after the
			// first
			int start = tiff.length > 0 && tiff[0] == 0 ? 1 : 0;
			try (ImageInputStream tiffIn = ImageIO
				.createImageInputStream(new ByteArrayInputStream(tiff, start, tiff.length - start))) {
				Entry orientation = new TIFFReader().read(tiffIn).getEntryById(TIFF.TAG_ORIENTATION);
				if (orientation != null && orientation.getValue() instanceof Number number) {
					int value = number.intValue();
					return value >= 1 && value <= 8 ? value : 1;
				}
				return 1;
			}
		}
		catch (IOException | RuntimeException unreadable) {
			// a broken EXIF block is not a broken picture: keep it as stored
			return 1;
		}
	}

	/** The picture turned and mirrored as its EXIF orientation says it is to be seen. */
	static BufferedImage upright(BufferedImage image, int orientation) {
		int w = image.getWidth();
		int h = image.getHeight();
		// AffineTransform(m00, m10, m01, m11, m02, m12): x' = m00 x + m01 y + m02, y' =
		// m10 x + m11 y + m12
		AffineTransform turn = switch (orientation) {
			case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0); // mirrored left to right
			case 3 -> new AffineTransform(-1, 0, 0, -1, w, h); // upside down
			case 4 -> new AffineTransform(1, 0, 0, -1, 0, h); // mirrored top to bottom
			case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0); // mirrored across the main
																// diagonal
			case 6 -> new AffineTransform(0, 1, -1, 0, h, 0); // turned a quarter
																// clockwise
			case 7 -> new AffineTransform(0, -1, -1, 0, h, w); // mirrored across the
																// other diagonal
			case 8 -> new AffineTransform(0, -1, 1, 0, 0, w); // turned a quarter
																// counterclockwise
			default -> null;
		};
		if (turn == null) {
			return image;
		}
		boolean sideways = orientation >= 5;
		BufferedImage target = new BufferedImage(sideways ? h : w, sideways ? w : h,
				image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		Graphics2D g = target.createGraphics();
		try {
			g.drawImage(image, turn, null);
		}
		finally {
			g.dispose();
		}
		return target;
	}

	private static boolean hasTransparency(BufferedImage image) {
		WritableRaster alpha = image.getAlphaRaster();
		if (alpha == null) {
			return false;
		}
		int max = (1 << alpha.getSampleModel().getSampleSize(0)) - 1;
		int[] row = new int[alpha.getWidth()];
		for (int y = 0; y < alpha.getHeight(); y++) {
			alpha.getSamples(0, y, alpha.getWidth(), 1, 0, row);
			for (int a : row) {
				if (a < max) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Halves with bilinear steps, then a bicubic last step: close to an area average,
	 * without its cost.
	 */
	private static BufferedImage scale(BufferedImage source, int width, int height, boolean alpha) {
		int type = alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
		BufferedImage current = source;
		int w = source.getWidth();
		int h = source.getHeight();
		while (w / 2 >= width && h / 2 >= height) {
			w /= 2;
			h /= 2;
			current = draw(current, w, h, type, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		}
		return draw(current, width, height, type, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
	}

	private static BufferedImage draw(BufferedImage source, int width, int height, int type, Object interpolation) {
		BufferedImage target = new BufferedImage(width, height, type);
		Graphics2D g = target.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
			g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.drawImage(source, 0, 0, width, height, null);
		}
		finally {
			g.dispose();
		}
		return target;
	}

	private static byte[] jpeg(BufferedImage image, float quality) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		var out = new ByteArrayOutputStream();
		try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
			writer.setOutput(stream);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(quality);
			param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}

	private static byte[] png(BufferedImage image) {
		var out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
