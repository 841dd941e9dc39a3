package app.khabar.comment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import app.khabar.shared.Unguessable;

/**
 * A commenter's private receipt for one comment: an unguessable token (256 random bits,
 * URL-safe Base64) that only the reader gets, after posting; the database keeps its
 * SHA-256 ({@link #hash}), so the receipt link cannot be rebuilt from stored data.
 */
public record Receipt(String token) {

	private static final SecureRandom RANDOM = Unguessable.generator();

	private static final int TOKEN_LENGTH = 43;

	public Receipt {
		if (!wellFormed(token)) {
			throw new IllegalArgumentException("not a receipt token");
		}
	}

	static Receipt issue() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return new Receipt(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
	}

	/** The token as typed or pasted (a bare token or the whole link), if it is one. */
	public static Optional<Receipt> parse(String typed) {
		String token = typed.strip();
		int slash = token.lastIndexOf('/');
		if (slash >= 0) {
			token = token.substring(slash + 1);
		}
		return wellFormed(token) ? Optional.of(new Receipt(token)) : Optional.empty();
	}

	/** The receipt page's path. */
	public String path() {
		return "/comments/receipt/" + token;
	}

	String hash() {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException("every JDK has SHA-256", impossible);
		}
	}

	@Override
	public String toString() {
		// a receipt opens a reader's comment: never in a log
		return "Receipt[…]";
	}

	private static boolean wellFormed(String token) {
		return token.length() == TOKEN_LENGTH && token.chars()
			.allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
					|| c == '_');
	}

}
