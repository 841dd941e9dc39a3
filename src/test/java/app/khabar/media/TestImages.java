package app.khabar.media;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;

import javax.imageio.ImageIO;

/**
 * Upload fixtures made in the test, not copied from anywhere: images of a given size,
 * video headers, impostors.
 */
public final class TestImages {

	private TestImages() {
	}

	public static byte[] jpeg(int width, int height) {
		return encode(picture(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
	}

	/**
	 * A JPEG as a phone writes it: the left half red, the right half blue, as stored,
	 * with an EXIF block (APP1, after the JFIF header) saying how to turn it (orientation
	 * 1 to 8).
	 */
	public static byte[] jpegWithOrientation(int width, int height, int orientation) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.RED);
		g.fillRect(0, 0, width / 2, height);
		g.setColor(Color.BLUE);
		g.fillRect(width / 2, 0, width - width / 2, height);
		g.dispose();
		byte[] jpeg = encode(image, "jpeg");
		// a big-endian TIFF header and one IFD with one entry: tag 0x0112 (orientation),
		// type SHORT, count 1
		byte[] tiff = { 'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0, 0,
				0, 0, 0 };
		var app1 = new ByteArrayOutputStream();
		byte[] payload = new byte[6 + tiff.length];
		System.arraycopy("Exif".getBytes(StandardCharsets.US_ASCII), 0, payload, 0, 4);
		System.arraycopy(tiff, 0, payload, 6, tiff.length);
		app1.write(0xFF);
		app1.write(0xE1);
		app1.write((payload.length + 2) >> 8);
		app1.write((payload.length + 2) & 0xFF);
		app1.writeBytes(payload);
		// after SOI and, if there is one, the JFIF APP0 segment
		int at = 2;
		if ((jpeg[2] & 0xFF) == 0xFF && (jpeg[3] & 0xFF) == 0xE0) {
			at = 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
		}
		var out = new ByteArrayOutputStream();
		out.write(jpeg, 0, at);
		out.writeBytes(app1.toByteArray());
		out.write(jpeg, at, jpeg.length - at);
		return out.toByteArray();
	}

	public static byte[] png(int width, int height, boolean transparent) {
		BufferedImage image = picture(width, height,
				transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		if (transparent) {
			image.setRGB(0, 0, 0x00FFFFFF);
		}
		return encode(image, "png");
	}

	/**
	 * A lossless WebP (VP8L) of one colour: each of the five prefix codes has a single
	 * symbol, which takes no bits, so the whole image is the header and the codes.
	 */
	public static byte[] webp(int width, int height, int rgb) {
		var bits = new BitWriter();
		bits.put(0x2F, 8);
		bits.put(width - 1, 14);
		bits.put(height - 1, 14);
		bits.put(0, 1); // alpha unused
		bits.put(0, 3); // version
		bits.put(0, 1); // no transforms
		bits.put(0, 1); // no colour cache
		bits.put(0, 1); // no meta prefix codes
		int[] symbols = { (rgb >> 8) & 0xFF, (rgb >> 16) & 0xFF, rgb & 0xFF, 0xFF, 0 };
		for (int symbol : symbols) {
			bits.put(1, 1); // simple code
			bits.put(0, 1); // one symbol
			bits.put(1, 1); // of eight bits
			bits.put(symbol, 8);
		}
		byte[] vp8l = bits.bytes();
		var out = new ByteArrayOutputStream();
		int padded = vp8l.length + (vp8l.length % 2);
		out.writeBytes("RIFF".getBytes(StandardCharsets.US_ASCII));
		littleEndian(out, 4 + 8 + padded);
		out.writeBytes("WEBPVP8L".getBytes(StandardCharsets.US_ASCII));
		littleEndian(out, vp8l.length);
		out.writeBytes(vp8l);
		if (vp8l.length % 2 == 1) {
			out.write(0);
		}
		return out.toByteArray();
	}

	/**
	 * The start of an MP4 file (an ftyp box of brand isom) followed by filler: enough for
	 * the content check.
	 */
	public static byte[] mp4(int size) {
		byte[] data = new byte[size];
		byte[] box = { 0, 0, 0, 0x20, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0, 'i', 's', 'o', 'm', 'i', 's',
				'o', '2', 'a', 'v', 'c', '1', 'm', 'p', '4', '1' };
		System.arraycopy(box, 0, data, 0, box.length);
		for (int i = box.length; i < size; i++) {
			data[i] = (byte) (i * 31);
		}
		return data;
	}

	/** An HTML page that calls itself a JPEG. */
	public static byte[] htmlImpostor() {
		return "<!doctype html><html><body><script>alert(document.cookie)</script><img src=x onerror=alert(1)></body></html>"
			.getBytes(StandardCharsets.UTF_8);
	}

	public static BufferedImage read(byte[] data) {
		try {
			return ImageIO.read(new ByteArrayInputStream(data));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static BufferedImage picture(int width, int height, int type) {
		BufferedImage image = new BufferedImage(width, height, type);
		Graphics2D g = image.createGraphics();
		g.setPaint(new GradientPaint(0, 0, new Color(0x1B5E20), width, height, new Color(0xFFC107)));
		g.fillRect(0, 0, width, height);
		g.dispose();
		return image;
	}

	private static byte[] encode(BufferedImage image, String format) {
		var out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static void littleEndian(ByteArrayOutputStream out, int value) {
		for (int i = 0; i < 4; i++) {
			out.write((value >> (8 * i)) & 0xFF);
		}
	}

	private static final class BitWriter {

		private final BitSet bits = new BitSet();

		private int position;

		void put(int value, int count) {
			for (int i = 0; i < count; i++) {
				if (((value >> i) & 1) != 0) {
					bits.set(position);
				}
				position++;
			}
		}

		byte[] bytes() {
			return java.util.Arrays.copyOf(bits.toByteArray(), (position + 7) / 8);
		}

	}

}
