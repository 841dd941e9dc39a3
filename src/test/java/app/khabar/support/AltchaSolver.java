package app.khabar.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

import app.khabar.comment.captcha.CaptchaChallenge;

/**
 * Solves ALTCHA challenges the way a browser does (SHA-256 of salt + number until it
 * matches), so tests go through the real captcha: no switch, no shortcut. About 25,000
 * hashes for the default difficulty, a few milliseconds.
 */
public final class AltchaSolver {

	private AltchaSolver() {
	}

	/**
	 * The {@code altcha} form field for this challenge: Base64 JSON of algorithm,
	 * challenge, number, salt, signature.
	 */
	public static String solve(CaptchaChallenge challenge) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			byte[] target = HexFormat.of().parseHex(challenge.challenge());
			for (long n = 0; n <= challenge.maxnumber(); n++) {
				if (MessageDigest.isEqual(target,
						sha.digest((challenge.salt() + n).getBytes(StandardCharsets.UTF_8)))) {
					return payload(challenge, n);
				}
			}
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		throw new IllegalStateException("challenge without a solution");
	}

	static String payload(CaptchaChallenge challenge, long number) {
		String json = "{\"algorithm\":\"" + challenge.algorithm() + "\",\"challenge\":\"" + challenge.challenge()
				+ "\",\"number\":" + number + ",\"salt\":\"" + challenge.salt() + "\",\"signature\":\""
				+ challenge.signature() + "\"}";
		return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}

}
