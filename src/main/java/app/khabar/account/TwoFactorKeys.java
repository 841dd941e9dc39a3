package app.khabar.account;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import app.khabar.shared.SecretFile;
import app.khabar.shared.Unguessable;

/**
 * The key of two-factor data at rest, from {@code khabar.account.two-factor.key} or
 * {@code secrets/two-factor.key} under the data dir: TOTP secrets are sealed with
 * AES-256-GCM bound to their account (a sealed secret copied to another row does not
 * open), recovery codes are stored as HMAC-SHA256 (a database dump alone reveals
 * neither). Both keys are derived from the one key, so one file is backed up; losing it
 * disables every enrolled authenticator.
 */
@Component
class TwoFactorKeys {

	private static final String VERSION = "1:";

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecretKeySpec sealing;

	private final SecretKeySpec recoveryCodes;

	private final SecureRandom random = Unguessable.generator();

	TwoFactorKeys(TwoFactorSettings settings, @Value("${khabar.data-dir:./data}") String dataDir) {
		var key = settings.key() != null && !settings.key().isBlank()
				? Base64.getDecoder().decode(settings.key().strip())
				: SecretFile.loadOrCreate(Path.of(dataDir, "secrets", "two-factor.key"), 32);
		this.sealing = new SecretKeySpec(derive(key, "khabar two-factor secret"), "AES");
		this.recoveryCodes = new SecretKeySpec(derive(key, "khabar recovery code"), "HmacSHA256");
	}

	String seal(AccountId account, byte[] secret) {
		var iv = new byte[IV_BYTES];
		random.nextBytes(iv);
		try {
			var cipher = cipher(Cipher.ENCRYPT_MODE, account, iv);
			var sealed = ByteBuffer.allocate(IV_BYTES + cipher.getOutputSize(secret.length))
				.put(iv)
				.put(cipher.doFinal(secret));
			return VERSION + Base64.getEncoder().encodeToString(sealed.array());
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("AES-GCM is part of every JDK", e);
		}
	}

	/**
	 * @throws IllegalStateException when the value was not sealed for this account with
	 * this key
	 */
	byte[] open(AccountId account, String sealed) {
		if (!sealed.startsWith(VERSION)) {
			throw new IllegalStateException("unknown two-factor secret format for account " + account);
		}
		var bytes = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
		try {
			return cipher(Cipher.DECRYPT_MODE, account, Arrays.copyOf(bytes, IV_BYTES)).doFinal(bytes, IV_BYTES,
					bytes.length - IV_BYTES);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("the two-factor secret of account " + account
					+ " does not open with this key (was secrets/two-factor.key replaced?)", e);
		}
	}

	/** The stored form of a (normalized) recovery code. */
	String recoveryCodeHash(String code) {
		try {
			var mac = Mac.getInstance("HmacSHA256");
			mac.init(recoveryCodes);
			return Base64.getEncoder().encodeToString(mac.doFinal(code.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
		}
	}

	private Cipher cipher(int mode, AccountId account, byte[] iv) throws GeneralSecurityException {
		var cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(mode, sealing, new GCMParameterSpec(TAG_BITS, iv));
		cipher.updateAAD(("account:" + account.value()).getBytes(StandardCharsets.US_ASCII));
		return cipher;
	}

	private static byte[] derive(byte[] key, String purpose) {
		try {
			var mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(purpose.getBytes(StandardCharsets.US_ASCII));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
		}
	}

}
