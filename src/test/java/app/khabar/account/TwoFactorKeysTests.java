package app.khabar.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TOTP secrets at rest: sealed for one account with the data dir's key, recovery codes as
 * keyed hashes.
 */
class TwoFactorKeysTests {

	static TwoFactorSettings settings(String key) {
		return new TwoFactorSettings(5, Duration.ofSeconds(30), Duration.ofDays(1), Duration.ofMinutes(10), key);
	}

	@Test
	void sealsASecretThatOnlyItsAccountOpensWithTheSameKey(@TempDir Path dataDir) {
		var keys = new TwoFactorKeys(settings(null), dataDir.toString());
		var secret = Totp.newSecret();
		var account = new AccountId(7);

		var sealed = keys.seal(account, secret);

		assertThat(sealed).startsWith("1:").doesNotContain(Totp.base32(secret));
		assertThat(keys.seal(account, secret)).as("a fresh nonce each time").isNotEqualTo(sealed);
		assertThat(keys.open(account, sealed)).isEqualTo(secret);
		assertThatThrownBy(() -> keys.open(new AccountId(8), sealed)).isInstanceOf(IllegalStateException.class);
		var otherKey = new TwoFactorKeys(settings(Base64.getEncoder().encodeToString(new byte[32])),
				dataDir.toString());
		assertThatThrownBy(() -> otherKey.open(account, sealed)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void keepsItsKeyInTheDataDirAcrossRestarts(@TempDir Path dataDir) {
		var sealed = new TwoFactorKeys(settings(null), dataDir.toString()).seal(new AccountId(1),
				new byte[] { 1, 2, 3 });

		assertThat(Files.exists(dataDir.resolve("secrets").resolve("two-factor.key"))).isTrue();
		var restarted = new TwoFactorKeys(settings(" "), dataDir.toString());
		assertThat(restarted.open(new AccountId(1), sealed)).containsExactly(1, 2, 3);
	}

	@Test
	void hashesRecoveryCodesWithTheKey(@TempDir Path dataDir) {
		var keys = new TwoFactorKeys(settings(null), dataDir.toString());
		var other = new TwoFactorKeys(settings(Base64.getEncoder().encodeToString(new byte[32])), dataDir.toString());

		assertThat(keys.recoveryCodeHash("abcdefghij")).isEqualTo(keys.recoveryCodeHash("abcdefghij"))
			.isNotEqualTo(keys.recoveryCodeHash("abcdefghik"))
			.isNotEqualTo(other.recoveryCodeHash("abcdefghij"))
			.doesNotContain("abcdefghij")
			.hasSize(44);
	}

}
