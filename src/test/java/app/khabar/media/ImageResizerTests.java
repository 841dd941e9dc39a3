package app.khabar.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImageResizerTests {

	static final int W = 3;

	static final int H = 2;

	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 3, 4, 5, 6, 7, 8 })
	void eachExifOrientationIsTurnedAsTheStandardSays(int orientation) {
		BufferedImage stored = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < W; x++) {
			for (int y = 0; y < H; y++) {
				stored.setRGB(x, y, colour(x, y));
			}
		}

		BufferedImage shown = ImageResizer.upright(stored, orientation);

		boolean sideways = orientation >= 5;
		assertThat(shown.getWidth()).isEqualTo(sideways ? H : W);
		assertThat(shown.getHeight()).isEqualTo(sideways ? W : H);
		for (int x = 0; x < shown.getWidth(); x++) {
			for (int y = 0; y < shown.getHeight(); y++) {
				// which stored pixel the viewer sees at (x, y), from the EXIF definitions
				// of rows and columns
				int[] from = switch (orientation) {
					case 1 -> new int[] { x, y };
					case 2 -> new int[] { W - 1 - x, y };
					case 3 -> new int[] { W - 1 - x, H - 1 - y };
					case 4 -> new int[] { x, H - 1 - y };
					case 5 -> new int[] { y, x };
					case 6 -> new int[] { y, H - 1 - x };
					case 7 -> new int[] { W - 1 - y, H - 1 - x };
					default -> new int[] { W - 1 - y, x };
				};
				assertThat(shown.getRGB(x, y) & 0xFFFFFF).as("orientation %d at (%d, %d)", orientation, x, y)
					.isEqualTo(colour(from[0], from[1]));
			}
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 3, 6, 8 })
	void theOrientationIsReadFromTheJpegsExifBlock(int orientation) {
		assertThat(ImageResizer.exifOrientation(TestImages.jpegWithOrientation(40, 20, orientation)))
			.isEqualTo(orientation);
	}

	@Test
	void aJpegWithoutExifOrWithABrokenBlockIsTakenAsStored() {
		assertThat(ImageResizer.exifOrientation(TestImages.jpeg(40, 20))).isEqualTo(1);
		byte[] broken = TestImages.jpegWithOrientation(40, 20, 6);
		// cut the TIFF header inside the EXIF block
		int exif = indexOf(broken, new byte[] { 'M', 'M', 0, 42 });
		broken[exif] = 'X';
		assertThat(ImageResizer.exifOrientation(broken)).isEqualTo(1);
	}

	private static int colour(int x, int y) {
		return 0x102030 * (y * W + x + 1);
	}

	private static int indexOf(byte[] data, byte[] part) {
		outer: for (int i = 0; i + part.length <= data.length; i++) {
			for (int j = 0; j < part.length; j++) {
				if (data[i + j] != part[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

}
