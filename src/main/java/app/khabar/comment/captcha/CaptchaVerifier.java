package app.khabar.comment.captcha;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.altcha.altcha.Altcha;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import app.khabar.shared.SecretFile;
import app.khabar.shared.Unguessable;

/**
 * The self-hosted captcha: ALTCHA proof-of-work challenges and their verification, plus a
 * no-JavaScript fallback question for readers whose browser cannot run the proof of work
 * (or who use a screen reader with scripts off). Each solution and each fallback token is
 * accepted once, across nodes.
 */
@Service
public class CaptchaVerifier {

	private static final int MAX_PAYLOAD_LENGTH = 2048;

	private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

	private static final String FALLBACK_VERSION = "q1";

	private final CaptchaSettings settings;

	private final UsedCaptchas used;

	private final FallbackQuestions questions;

	private final Clock clock;

	private final String hmacKey;

	private final JsonMapper json = JsonMapper.builder().build();

	private final SecureRandom random = Unguessable.generator();

	CaptchaVerifier(CaptchaSettings settings, UsedCaptchas used, MessageSource messages, Clock clock,
			@Value("${khabar.data-dir:./data}") String dataDir) {
		this.settings = settings;
		this.used = used;
		this.clock = clock;
		this.questions = new FallbackQuestions(messages);
		this.hmacKey = settings.hmacKey() != null && !settings.hmacKey().isBlank() ? settings.hmacKey().strip()
				: Base64.getEncoder()
					.encodeToString(SecretFile.loadOrCreate(Path.of(dataDir, "secrets", "captcha-hmac.key"), 32));
	}

	/** A fresh proof-of-work challenge, expiring after {@code khabar.captcha.expiry}. */
	public CaptchaChallenge newChallenge() {
		var expires = clock.instant().plus(settings.expiry()).getEpochSecond();
		try {
			var challenge = Altcha.createChallenge(new Altcha.ChallengeOptions().setAlgorithm(Altcha.Algorithm.SHA256)
				.setHmacKey(hmacKey)
				.setMaxNumber(settings.maxNumber())
				.setExpires(expires));
			return new CaptchaChallenge(challenge.algorithm, challenge.challenge, challenge.maxnumber, challenge.salt,
					challenge.signature);
		}
		catch (Exception e) {
			throw new IllegalStateException("SHA-256 and HMAC-SHA256 are part of every JDK", e);
		}
	}

	/**
	 * Checks the {@code altcha} field of a form (Base64 JSON with algorithm, challenge,
	 * number, salt, signature): a {@link CaptchaCheck#valid() valid} solution still has
	 * to be {@link #useUp(List) used up}, in the transaction that stores what it
	 * protects.
	 */
	public CaptchaCheck check(@Nullable String altchaPayload) {
		if (altchaPayload == null || altchaPayload.isBlank()) {
			return CaptchaCheck.failed(CaptchaResult.MISSING);
		}
		if (altchaPayload.length() > MAX_PAYLOAD_LENGTH) {
			return CaptchaCheck.failed(CaptchaResult.INVALID);
		}
		Altcha.Payload payload;
		try {
			payload = parse(altchaPayload.strip());
		}
		catch (IllegalArgumentException | JacksonException malformed) {
			return CaptchaCheck.failed(CaptchaResult.INVALID);
		}
		var expires = expiresOf(payload.salt);
		if (expires == null || !HEX.matcher(payload.signature).matches()) {
			return CaptchaCheck.failed(CaptchaResult.INVALID);
		}
		try {
			if (!Altcha.verifySolution(payload, hmacKey, false)) {
				return CaptchaCheck.failed(CaptchaResult.INVALID);
			}
		}
		catch (Exception malformed) {
			return CaptchaCheck.failed(CaptchaResult.INVALID);
		}
		// checked after the signature, so a forged expiry is "invalid", not "expired"
		if (!expires.isAfter(clock.instant())) {
			return CaptchaCheck.failed(CaptchaResult.EXPIRED);
		}
		return CaptchaCheck.unused("a:" + payload.signature, expires);
	}

	/** A fresh fallback question, valid for {@code khabar.captcha.fallback-expiry}. */
	public FallbackQuestion newFallbackQuestion() {
		var question = questions.next(random);
		var expires = clock.instant().plus(settings.fallbackExpiry()).getEpochSecond();
		var nonce = new byte[16];
		random.nextBytes(nonce);
		var nonceText = Base64.getUrlEncoder().withoutPadding().encodeToString(nonce);
		var token = String.join(".", FALLBACK_VERSION, Long.toString(expires), nonceText,
				mac(FALLBACK_VERSION + "|" + expires + "|" + nonceText + "|" + question.answer()));
		return new FallbackQuestion(question.text(), token);
	}

	/**
	 * Checks an answer to a fallback question (Persian, Arabic-Indic or Latin digits, or
	 * the number in Persian words) against its token; a right answer still has to be
	 * {@link #useUp(List) used up}, as with {@link #check}.
	 */
	public CaptchaCheck checkFallback(@Nullable String token, @Nullable String answer) {
		if (token == null || token.isBlank()) {
			return CaptchaCheck.failed(CaptchaResult.MISSING);
		}
		var parts = token.strip().split("\\.");
		if (parts.length != 4 || !parts[0].equals(FALLBACK_VERSION) || token.length() > 200) {
			return CaptchaCheck.failed(CaptchaResult.INVALID);
		}
		long expires;
		try {
			expires = Long.parseLong(parts[1]);
		}
		catch (NumberFormatException malformed) {
			return CaptchaCheck.failed(CaptchaResult.INVALID);
		}
		OptionalInt number = answer == null ? OptionalInt.empty() : questions.parse(answer);
		if (number.isEmpty() || !constantTimeEquals(parts[3],
				mac(FALLBACK_VERSION + "|" + expires + "|" + parts[2] + "|" + number.getAsInt()))) {
			return CaptchaCheck.failed(CaptchaResult.INVALID);
		}
		var expiresAt = Instant.ofEpochSecond(expires);
		if (!expiresAt.isAfter(clock.instant())) {
			return CaptchaCheck.failed(CaptchaResult.EXPIRED);
		}
		return CaptchaCheck.unused("f:" + parts[2], expiresAt);
	}

	/**
	 * Uses up valid checks in one statement batch, joining the caller's transaction; the
	 * result for each is {@link CaptchaResult#PASSED} or, for a solution used before
	 * (also earlier in the same list), {@link CaptchaResult#ALREADY_USED}. Checks that
	 * were not valid keep their result.
	 */
	public List<CaptchaResult> useUp(List<CaptchaCheck> checks) {
		List<CaptchaCheck> valid = checks.stream().filter(CaptchaCheck::valid).toList();
		boolean[] fresh = used.markAllUsed(valid);
		var results = new ArrayList<CaptchaResult>(checks.size());
		int next = 0;
		for (CaptchaCheck check : checks) {
			results.add(!check.valid() ? check.result()
					: fresh[next++] ? CaptchaResult.PASSED : CaptchaResult.ALREADY_USED);
		}
		return results;
	}

	private Altcha.Payload parse(String base64) {
		JsonNode node = json.readTree(new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8));
		var payload = new Altcha.Payload();
		payload.algorithm = text(node, "algorithm");
		payload.challenge = text(node, "challenge");
		payload.salt = text(node, "salt");
		payload.signature = text(node, "signature").toLowerCase(Locale.ROOT);
		var number = node.get("number");
		if (number == null || !number.canConvertToLong() || number.asLong() < 0) {
			throw new IllegalArgumentException("no number");
		}
		payload.number = number.asLong();
		if (!"SHA-256".equals(payload.algorithm)) {
			throw new IllegalArgumentException("unexpected algorithm");
		}
		return payload;
	}

	private static String text(JsonNode node, String field) {
		var value = node.get(field);
		if (value == null || !value.isString() || value.asString().length() > 200) {
			throw new IllegalArgumentException("no " + field);
		}
		return value.asString();
	}

	private static @Nullable Instant expiresOf(String salt) {
		int query = salt.indexOf('?');
		if (query < 0) {
			return null;
		}
		for (var param : salt.substring(query + 1).split("&")) {
			if (param.startsWith("expires=")) {
				try {
					return Instant.ofEpochSecond(Long.parseLong(param.substring("expires=".length())));
				}
				catch (NumberFormatException malformed) {
					return null;
				}
			}
		}
		return null;
	}

	private String mac(String data) {
		try {
			var mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(("fallback:" + hmacKey).getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
		}
	}

	private static boolean constantTimeEquals(String a, String b) {
		return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
	}

}
