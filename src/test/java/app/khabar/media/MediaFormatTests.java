package app.khabar.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** Formats are told by their bytes: names and claimed types play no part. */
class MediaFormatTests {

	@Test
	void recognizesTheAcceptedFormatsByTheirFirstBytes() {
		assertThat(MediaFormat.sniff(head(TestImages.jpeg(8, 8)))).contains(MediaFormat.JPEG);
		assertThat(MediaFormat.sniff(head(TestImages.png(8, 8, false)))).contains(MediaFormat.PNG);
		assertThat(MediaFormat.sniff(head(TestImages.webp(8, 8, 0x336699)))).contains(MediaFormat.WEBP);
		assertThat(MediaFormat.sniff(head(TestImages.mp4(200)))).contains(MediaFormat.MP4);
		byte[] webm = { 0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, (byte) 0x9F, 0x42, (byte) 0x86, (byte) 0x81, 0x01, 0x42,
				(byte) 0x82, (byte) 0x84, 'w', 'e', 'b', 'm' };
		assertThat(MediaFormat.sniff(webm)).contains(MediaFormat.WEBM);
	}

	@Test
	void refusesHtmlSvgAndLookalikesWhateverTheyAreCalled() {
		assertThat(MediaFormat.sniff(head(TestImages.htmlImpostor()))).isEmpty();
		assertThat(MediaFormat
			.sniff("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8)))
			.isEmpty();
		// a GIF, an HEIC photo (same container as MP4, other brand), plain Matroska, a
		// RIFF that is WAV audio
		assertThat(MediaFormat.sniff("GIF89a....".getBytes(StandardCharsets.US_ASCII))).isEmpty();
		assertThat(MediaFormat.sniff(new byte[] { 0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c' })).isEmpty();
		assertThat(MediaFormat
			.sniff(new byte[] { 0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, 'm', 'a', 't', 'r', 'o', 's', 'k', 'a' }))
			.isEmpty();
		assertThat(MediaFormat.sniff("RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.US_ASCII))).isEmpty();
		assertThat(MediaFormat.sniff(new byte[] { (byte) 0xFF, (byte) 0xD8 })).isEmpty();
		assertThat(MediaFormat.sniff(new byte[0])).isEmpty();
	}

	private static byte[] head(byte[] data) {
		return Arrays.copyOf(data, Math.min(data.length, MediaFormat.HEAD));
	}

}
