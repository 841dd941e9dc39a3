package app.khabar.comment.captcha;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import app.khabar.support.MutableClock;

/**
 * The captcha round trips on a real database: a challenge solved by brute force as a
 * browser would, used once; expired, tampered and replayed solutions refused; the
 * fallback question answered in digits or words, once.
 */
@SpringBootTest(properties = { "khabar.captcha.max-number=5000", "khabar.captcha.hmac-key=test-key-for-captcha" })
@AutoConfigureMockMvc
@Import(CaptchaVerifierIntegrationTests.Config.class)
class CaptchaVerifierIntegrationTests {

	@Autowired
	CaptchaVerifier captcha;

	@Autowired
	MutableClock clock;

	@Autowired
	UsedCaptchas used;

	@Autowired
	MockMvcTester mvc;

	/**
	 * What the browser script does: try numbers until SHA-256(salt + n) is the challenge.
	 */
	static String solve(CaptchaChallenge challenge) throws Exception {
		var sha = MessageDigest.getInstance("SHA-256");
		for (long n = 0; n <= challenge.maxnumber(); n++) {
			var hash = HexFormat.of().formatHex(sha.digest((challenge.salt() + n).getBytes(StandardCharsets.UTF_8)));
			if (hash.equals(challenge.challenge())) {
				return payload(challenge, n, challenge.signature());
			}
		}
		throw new AssertionError("no solution up to maxnumber");
	}

	static String payload(CaptchaChallenge challenge, long number, String signature) {
		var json = """
				{"algorithm":"%s","challenge":"%s","number":%d,"salt":"%s","signature":"%s"}"""
			.formatted(challenge.algorithm(), challenge.challenge(), number, challenge.salt(), signature);
		return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void aSolvedChallengeIsAcceptedOnceOnly() throws Exception {
		var challenge = captcha.newChallenge();
		assertThat(challenge.algorithm()).isEqualTo("SHA-256");
		assertThat(challenge.maxnumber()).isEqualTo(5000);
		assertThat(challenge.salt()).contains("?expires=");

		var solution = solve(challenge);

		assertThat(verify(solution)).isEqualTo(CaptchaResult.PASSED);
		assertThat(verify(solution)).isEqualTo(CaptchaResult.ALREADY_USED);
	}

	@Test
	void anExpiredSolutionIsRefused() throws Exception {
		var solution = solve(captcha.newChallenge());
		clock.advance(Duration.ofMinutes(11));

		assertThat(verify(solution)).isEqualTo(CaptchaResult.EXPIRED);
	}

	@Test
	void tamperedOrMalformedSolutionsAreRefused() throws Exception {
		var challenge = captcha.newChallenge();
		var good = solve(challenge);
		var json = new String(Base64.getDecoder().decode(good), StandardCharsets.UTF_8);
		var number = Long
			.parseLong(Pattern.compile("\"number\":(\\d+)").matcher(json).results().findFirst().orElseThrow().group(1));

		assertThat(verify(payload(challenge, number + 1, challenge.signature()))).isEqualTo(CaptchaResult.INVALID);
		assertThat(verify(payload(challenge, number, "0".repeat(64)))).isEqualTo(CaptchaResult.INVALID);
		var laterExpiry = challenge.salt().replaceAll("expires=\\d+", "expires=9999999999");
		assertThat(verify(payload(new CaptchaChallenge(challenge.algorithm(), challenge.challenge(),
				challenge.maxnumber(), laterExpiry, challenge.signature()), number, challenge.signature())))
			.isEqualTo(CaptchaResult.INVALID);
		assertThat(verify("not base64 at all ☺")).isEqualTo(CaptchaResult.INVALID);
		assertThat(verify(Base64.getEncoder().encodeToString("{\"number\":\"x\"}".getBytes())))
			.isEqualTo(CaptchaResult.INVALID);
		assertThat(verify("A".repeat(5000))).isEqualTo(CaptchaResult.INVALID);
		assertThat(verify(" ")).isEqualTo(CaptchaResult.MISSING);
		assertThat(verify(null)).isEqualTo(CaptchaResult.MISSING);
		// the untouched solution still works once
		assertThat(verify(good)).isEqualTo(CaptchaResult.PASSED);
	}

	@Test
	void theFallbackQuestionIsAnsweredInAnyDigitsOrWordsOnce() {
		for (var style : new String[] { "latin", "persian", "arabic", "words" }) {
			var question = captcha.newFallbackQuestion();
			int answer = answerOf(question.question());
			var typed = switch (style) {
				case "latin" -> " " + answer + " ";
				case "persian" -> app.khabar.persian.PersianDigits.toPersian(Integer.toString(answer));
				case "arabic" -> Integer.toString(answer)
					.chars()
					.mapToObj(c -> String.valueOf((char) ('٠' + c - '0')))
					.reduce("", String::concat);
				default -> arabicKeyboard(WORDS[answer]);
			};
			assertThat(verifyFallback(question.token(), "۹۹")).as(style).isEqualTo(CaptchaResult.INVALID);
			assertThat(verifyFallback(question.token(), typed)).as(style).isEqualTo(CaptchaResult.PASSED);
			assertThat(verifyFallback(question.token(), typed)).as(style).isEqualTo(CaptchaResult.ALREADY_USED);
		}
	}

	@Test
	void aFallbackTokenExpiresAndCannotBeForged() {
		var question = captcha.newFallbackQuestion();
		var answer = Integer.toString(answerOf(question.question()));
		var parts = question.token().split("\\.");

		assertThat(verifyFallback(String.join(".", parts[0], "9999999999", parts[2], parts[3]), answer))
			.isEqualTo(CaptchaResult.INVALID);
		assertThat(verifyFallback("q1.x.y.z", answer)).isEqualTo(CaptchaResult.INVALID);
		assertThat(verifyFallback(question.token(), null)).isEqualTo(CaptchaResult.INVALID);
		assertThat(verifyFallback(null, answer)).isEqualTo(CaptchaResult.MISSING);
		clock.advance(Duration.ofMinutes(31));
		assertThat(verifyFallback(question.token(), answer)).isEqualTo(CaptchaResult.EXPIRED);
	}

	@Test
	void usedSolutionsAreForgottenAfterTheyExpire() throws Exception {
		assertThat(verify(solve(captcha.newChallenge()))).isEqualTo(CaptchaResult.PASSED);
		clock.advance(Duration.ofHours(1));

		assertThat(used.deleteExpired()).isPositive();
	}

	@Test
	void theChallengeEndpointServesAnUncachedAltchaChallenge() {
		var response = mvc.get().uri("/api/v1/captcha/challenge").exchange();

		assertThat(response).hasStatusOk();
		assertThat(response.getResponse().getHeader("Cache-Control")).contains("no-store");
		assertThat(response).bodyJson().extractingPath("$.algorithm").isEqualTo("SHA-256");
		assertThat(response).bodyJson().extractingPath("$.maxnumber").isEqualTo(5000);
		assertThat(response).bodyJson().hasPathSatisfying("$.challenge", v -> assertThat(v).isNotNull());
		assertThat(response).bodyJson().hasPathSatisfying("$.salt", v -> assertThat(v).isNotNull());
		assertThat(response).bodyJson().hasPathSatisfying("$.signature", v -> assertThat(v).isNotNull());
	}

	@Autowired
	app.khabar.web.PageRenderer renderer;

	@Test
	void theFallbackPageCarriesTheReadersFieldsAndTheQuestionAndIsAccessible() {
		var question = captcha.newFallbackQuestion();
		var page = new app.khabar.comment.web.CaptchaFallbackPage("/news/12/comments", question,
				java.util.Map.of("name", "مهسا", "text", "نظر من: <b>نه</b> \"به\" این طرح"), true, "/news/12/x");

		var html = new String(renderer.render("comment/captcha-fallback", java.util.Map.of("page", page)),
				StandardCharsets.UTF_8);

		assertThat(html).contains("dir=\"rtl\"", question.question(), "value=\"" + question.token() + "\"",
				"name=\"captchaAnswer\"", "<label for=\"captcha-answer\">", "role=\"alert\"", "value=\"مهسا\"",
				"نظر من: &lt;b>نه&lt;/b> &#34;به&#34; این طرح");
		assertThat(html).doesNotContain("<b>نه</b>");
	}

	static final String[] WORDS = { "صفر", "یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده", "یازده",
			"دوازده", "سیزده", "چهارده", "پانزده", "شانزده", "هفده", "هجده" };

	/**
	 * The reader's side: read the two number words and the operation from the Persian
	 * question.
	 */
	static int answerOf(String question) {
		var words = question.split(" ");
		int a = indexOf(words[0]);
		boolean plus = question.contains("اضافه");
		int b = indexOf(words[plus ? 3 : 2]);
		return plus ? a + b : a - b;
	}

	private static int indexOf(String word) {
		for (int i = 0; i < WORDS.length; i++) {
			if (WORDS[i].equals(word)) {
				return i;
			}
		}
		throw new AssertionError("not a number word: " + word);
	}

	/** The same word as typed on an Arabic keyboard, with a stray tatweel. */
	private static String arabicKeyboard(String word) {
		return word.replace('ی', 'ي').replace('ک', 'ك') + "ـ";
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Config {

		@Bean
		@Primary
		MutableClock movableClock() {
			return new MutableClock(Instant.now());
		}

	}

	/** Checks and uses up one solution, as a posted comment does. */
	CaptchaResult verify(@Nullable String payload) {
		return captcha.useUp(List.of(captcha.check(payload))).getFirst();
	}

	CaptchaResult verifyFallback(@Nullable String token, @Nullable String answer) {
		return captcha.useUp(List.of(captcha.checkFallback(token, answer))).getFirst();
	}

}
