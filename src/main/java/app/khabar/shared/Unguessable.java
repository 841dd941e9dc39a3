package app.khabar.shared;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * The one way Khabar makes generators of unguessable bytes (keys, tokens, receipts,
 * captcha nonces, voter ids). They are DRBGs, each with its own state: the platform's
 * default ({@code new SecureRandom()}, NativePRNG on Linux) reads {@code /dev/urandom} on
 * every call under one lock that the whole JVM shares, and under a comment spike the
 * request threads queued on that lock.
 */
public final class Unguessable {

	private Unguessable() {
	}

	public static SecureRandom generator() {
		try {
			return SecureRandom.getInstance("DRBG");
		}
		catch (NoSuchAlgorithmException ex) {
			// every JDK since 9 has it (JEP 273)
			throw new IllegalStateException(ex);
		}
	}

}
