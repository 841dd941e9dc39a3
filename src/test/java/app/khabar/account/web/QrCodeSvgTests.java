package app.khabar.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.nayuki.qrcodegen.QrCode;

/**
 * The enrolment page's QR code: every dark module of the symbol is one square of the
 * path, inside a quiet zone.
 */
class QrCodeSvgTests {

	@Test
	void drawsEachDarkModuleAsOneSquareInsideTheQuietZone() {
		var uri = "otpauth://totp/%D8%AE%D8%A8%D8%B1:sara.mod?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=%D8%AE%D8%A8%D8%B1";
		var symbol = QrCode.encodeText(uri, QrCode.Ecc.MEDIUM);
		int dark = 0;
		for (int y = 0; y < symbol.size; y++) {
			for (int x = 0; x < symbol.size; x++) {
				dark += symbol.getModule(x, y) ? 1 : 0;
			}
		}

		var svg = QrCodeSvg.of(uri);

		assertThat(svg.size()).isEqualTo(symbol.size + 8);
		var squares = Pattern.compile("M(\\d+),(\\d+)h1v1h-1z").matcher(svg.path()).results().toList();
		assertThat(squares).hasSize(dark);
		assertThat(svg.path()).isEqualTo(squares.stream().map(m -> m.group()).reduce("", String::concat));
		assertThat(squares).allSatisfy(square -> {
			assertThat(Integer.parseInt(square.group(1))).isBetween(4, svg.size() - 5);
			assertThat(Integer.parseInt(square.group(2))).isBetween(4, svg.size() - 5);
		});
		// the finder pattern's corner: the top-left module is dark
		assertThat(svg.path()).startsWith("M4,4h1v1h-1z");
	}

}
