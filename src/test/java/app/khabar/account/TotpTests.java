package app.khabar.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * TOTP codes as authenticator apps make them, the typed forms a code may take, and the
 * back-off of wrong codes.
 */
class TotpTests {

	/** The SHA-1 key of RFC 6238's test vectors. */
	static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	/**
	 * RFC 6238 Appendix B (SHA-1), the last six of its eight digits: what a six-digit app
	 * shows.
	 */
	@ParameterizedTest
	@CsvSource({ "59, 287082", "1111111109, 081804", "1111111111, 050471", "1234567890, 005924", "2000000000, 279037",
			"20000000000, 353130" })
	void makesTheCodesOfRfc6238(long seconds, String code) {
		assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(seconds)))).isEqualTo(code);
	}

	@Test
	void acceptsTheStepBeforeAndAfterButNoFurther() {
		var now = Instant.ofEpochSecond(1_234_567_890);
		long step = Totp.step(now);
		assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step), now)).hasValue(step);
		assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now)).hasValue(step - 1);
		assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 1), now)).hasValue(step + 1);
		assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 2), now)).isEmpty();
		assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 2), now)).isEmpty();
		assertThat(Totp.step(now.plus(Duration.ofSeconds(30)))).isEqualTo(step + 1);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "287082|287082", "۲۸۷۰۸۲|287082", "٢٨٧٠٨٢|287082", " 287 082 |287082", "287-082|287082" })
	void readsPersianAndArabicIndicDigitsAndIgnoresSpaces(String typed, String digits) {
		assertThat(Totp.digits(typed)).hasValue(digits);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "28708", "2870823", "28708a", "''", "' '", "abcde-fghij" })
	void refusesWhatIsNotSixDigits(String typed) {
		assertThat(Totp.digits(typed)).isEmpty();
	}

	@Test
	void givesTheSecretAsBase32InAnOtpauthAddress() {
		assertThat(Totp.base32(RFC_SECRET)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
		assertThat(Totp.uri("خبر", "sara.mod", RFC_SECRET))
			.isEqualTo("otpauth://totp/%D8%AE%D8%A8%D8%B1:sara.mod?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
					+ "&issuer=%D8%AE%D8%A8%D8%B1&algorithm=SHA1&digits=6&period=30");
		assertThat(Totp.newSecret()).hasSize(20).isNotEqualTo(Totp.newSecret());
	}

	@Test
	void readsARecoveryCodeInAnyCaseWithOrWithoutItsDash() {
		assertThat(TwoFactor.recoveryCode("abcde-fghij")).hasValue("abcdefghij");
		assertThat(TwoFactor.recoveryCode(" ABCDE FGHIJ ")).hasValue("abcdefghij");
		// 0, 1, l and o are never in a code: typed, they are a mistake
		assertThat(TwoFactor.recoveryCode("abcde-fghi0")).isEmpty();
		assertThat(TwoFactor.recoveryCode("abcde-fghi")).isEmpty();
		assertThat(TwoFactor.recoveryCode("123456")).isEmpty();
	}

	@Test
	void locksAfterFiveWrongCodesForThirtySecondsDoublingUpToADay() {
		var settings = new TwoFactorSettings(5, Duration.ofSeconds(30), Duration.ofDays(1), Duration.ofMinutes(10),
				null);
		assertThat(TwoFactor.lockAfter(4, settings)).isEmpty();
		assertThat(TwoFactor.lockAfter(5, settings)).hasValue(Duration.ofSeconds(30));
		assertThat(TwoFactor.lockAfter(6, settings)).hasValue(Duration.ofMinutes(1));
		assertThat(TwoFactor.lockAfter(7, settings)).hasValue(Duration.ofMinutes(2));
		assertThat(TwoFactor.lockAfter(16, settings)).hasValue(Duration.ofSeconds(30 << 11));
		assertThat(TwoFactor.lockAfter(17, settings)).hasValue(Duration.ofDays(1));
		assertThat(TwoFactor.lockAfter(1_000, settings)).hasValue(Duration.ofDays(1));
	}

}
