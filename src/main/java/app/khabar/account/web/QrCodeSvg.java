package app.khabar.account.web;

import io.nayuki.qrcodegen.QrCode;

/**
 * A QR code as one SVG path of its dark modules ({@code size} modules square, quiet zone
 * included), drawn on our server so that no outside service ever sees what it encodes
 * (here: a TOTP secret).
 */
public record QrCodeSvg(int size, String path) {

	/** The blank margin the QR standard asks for, in modules. */
	private static final int QUIET_ZONE = 4;

	static QrCodeSvg of(String text) {
		var qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
		var path = new StringBuilder();
		for (int y = 0; y < qr.size; y++) {
			for (int x = 0; x < qr.size; x++) {
				if (qr.getModule(x, y)) {
					path.append('M').append(x + QUIET_ZONE).append(',').append(y + QUIET_ZONE).append("h1v1h-1z");
				}
			}
		}
		return new QrCodeSvg(qr.size + 2 * QUIET_ZONE, path.toString());
	}

}
