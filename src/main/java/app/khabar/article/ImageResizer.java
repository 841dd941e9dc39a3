package app.khabar.article;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
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

import app.khabar.shared.KhabarException;

/**
 * Decodes an uploaded image with the reader of the format its bytes announced (never one ImageIO guesses), refuses
 * more than {@code maxPixels} before decoding, and writes it again at each of {@link Pictures#widthsFor} widths:
 * JPEG for opaque images, PNG when some pixel is transparent. Writing anew also drops metadata (camera, GPS) and
 * anything appended to the file. WebP is decoded by TwelveMonkeys' reader; there is no WebP writer, so WebP uploads
 * are served as JPEG or PNG.
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
				throw new KhabarException(ArticleError.MEDIA_TOO_MANY_PIXELS);
			}
			BufferedImage image = reader.read(0);
			if (image.getWidth() < 1 || image.getHeight() < 1) {
				throw new KhabarException(ArticleError.MEDIA_BROKEN);
			}
			return image;
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof KhabarException khabar) {
				throw khabar;
			}
			// truncated, corrupt or unsupported variants (e.g. CMYK JPEG): the editor's problem, not a 500
			throw new KhabarException(ArticleError.MEDIA_BROKEN);
		}
		finally {
			reader.dispose();
		}
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

	/** Halves with bilinear steps, then a bicubic last step: close to an area average, without its cost. */
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
