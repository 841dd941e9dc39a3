package app.khabar.account;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.codec.binary.Base32;
import org.springframework.web.util.UriUtils;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

import app.khabar.shared.Unguessable;

/**
 * RFC 6238 codes as authenticator apps make them: HMAC-SHA1, 6 digits, 30-second steps. A
 * code of the step before or after the current one is accepted too: phone clocks drift
 * and people type slowly.
 */
final class Totp {

	static final Duration STEP = TimeBasedOneTimePasswordGenerator.DEFAULT_TIME_STEP;

	static final int DIGITS = 6;

	/** 160 bits, the HMAC-SHA1 key length RFC 4226 recommends. */
	static final int SECRET_BYTES = 20;

	// thread-safe: it clones a prototype Mac for every code
	private static final TimeBasedOneTimePasswordGenerator GENERATOR = new TimeBasedOneTimePasswordGenerator(STEP,
			DIGITS, TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);

	private static final SecureRandom RANDOM = Unguessable.generator();

	private Totp() {
	}

	static byte[] newSecret() {
		var secret = new byte[SECRET_BYTES];
		RANDOM.nextBytes(secret);
		return secret;
	}

	static long step(Instant instant) {
		return Math.floorDiv(instant.getEpochSecond(), STEP.toSeconds());
	}

	static String code(byte[] secret, long step) {
		try {
			return GENERATOR.generateOneTimePasswordString(new SecretKeySpec(secret, GENERATOR.getAlgorithm()),
					Instant.ofEpochSecond(step * STEP.toSeconds()), Locale.ROOT);
		}
		catch (InvalidKeyException e) {
			throw new IllegalStateException("an HMAC takes any key", e);
		}
	}

	/**
	 * The latest step within one of {@code now} whose code is {@code code}; all three are
	 * compared in constant time.
	 */
	static OptionalLong matchingStep(byte[] secret, String code, Instant now) {
		long current = step(now);
		var typed = code.getBytes(StandardCharsets.US_ASCII);
		long found = Long.MIN_VALUE;
		for (long step = current - 1; step <= current + 1; step++) {
			if (MessageDigest.isEqual(code(secret, step).getBytes(StandardCharsets.US_ASCII), typed)) {
				found = step;
			}
		}
		return found == Long.MIN_VALUE ? OptionalLong.empty() : OptionalLong.of(found);
	}

	/**
	 * The six digits of a typed code, in Latin digits: Persian and Arabic-Indic digits
	 * count (a Persian keyboard types them), spaces and dashes are ignored; empty when it
	 * is not six digits.
	 */
	static Optional<String> digits(String typed) {
		var digits = new StringBuilder(DIGITS);
		for (int i = 0; i < typed.length(); i++) {
			char c = typed.charAt(i);
			int digit = Character.digit(c, 10);
			if (digit >= 0) {
				digits.append((char) ('0' + digit));
			}
			else if (!Character.isWhitespace(c) && c != '-') {
				return Optional.empty();
			}
		}
		return digits.length() == DIGITS ? Optional.of(digits.toString()) : Optional.empty();
	}

	/** The secret as authenticator apps take it typed: Base32, no padding. */
	static String base32(byte[] secret) {
		return new Base32().encodeAsString(secret).replace("=", "");
	}

	/**
	 * The {@code otpauth://} address a QR code gives an authenticator app (the Key Uri
	 * Format of Google Authenticator).
	 */
	static String uri(String issuer, String username, byte[] secret) {
		var encodedIssuer = UriUtils.encode(issuer, StandardCharsets.UTF_8);
		return "otpauth://totp/" + encodedIssuer + ":" + UriUtils.encode(username, StandardCharsets.UTF_8) + "?secret="
				+ base32(secret) + "&issuer=" + encodedIssuer + "&algorithm=SHA1&digits=" + DIGITS + "&period="
				+ STEP.toSeconds();
	}

}
