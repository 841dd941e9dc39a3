package app.khabar.account;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.util.WebUtils;

import app.khabar.shared.SecretFile;
import app.khabar.shared.Unguessable;

/**
 * The device cookie of a browser that signed in to an account (OWASP's "device cookies"):
 * a random id and a keyed MAC of it with the username, sent only to {@code /login}. With
 * it a browser that signed in before is throttled on its own
 * ({@link LoginThrottle.KnownDevice}), so a guesser elsewhere cannot lock its owner out.
 * It proves nothing else: the password is checked as always. One account per browser:
 * signing in to another replaces it.
 */
@Component
class DeviceCookies {

	static final String NAME = "khabar_device";

	private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

	private final SecureRandom random = Unguessable.generator();

	private final SecretKeySpec key;

	private final AccountSettings settings;

	DeviceCookies(AccountSettings settings, @Value("${khabar.data-dir:./data}") String dataDir) {
		this.settings = settings;
		var secret = settings.deviceKey() != null && !settings.deviceKey().isBlank()
				? Base64.getDecoder().decode(settings.deviceKey().strip())
				: SecretFile.loadOrCreate(Path.of(dataDir, "secrets", "device-cookie.key"), 32);
		this.key = new SecretKeySpec(secret, "HmacSHA256");
	}

	/**
	 * The device id of the request's cookie when it was signed for this (typed) username.
	 */
	Optional<LoginThrottle.KnownDevice> knownDevice(HttpServletRequest request, String typedUsername) {
		var cookie = WebUtils.getCookie(request, NAME);
		if (cookie == null) {
			return Optional.empty();
		}
		var parts = cookie.getValue().split("\\.", -1);
		if (parts.length != 2 || parts[0].isEmpty()) {
			return Optional.empty();
		}
		var expected = mac(LoginThrottle.normalize(typedUsername), parts[0]).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, parts[1].getBytes(StandardCharsets.US_ASCII))
				? Optional.of(new LoginThrottle.KnownDevice(parts[0])) : Optional.empty();
	}

	/**
	 * Marks the browser as one that signed in to the account (keeping its id if it had
	 * one).
	 */
	void remember(HttpServletRequest request, HttpServletResponse response, String username) {
		var id = knownDevice(request, username).map(LoginThrottle.KnownDevice::id).orElseGet(this::newId);
		response.addHeader(HttpHeaders.SET_COOKIE,
				ResponseCookie.from(NAME, id + "." + mac(LoginThrottle.normalize(username), id))
					.path(request.getContextPath() + LoginFilters.LOGIN)
					.maxAge(settings.deviceCookieMaxAge())
					.httpOnly(true)
					.secure(request.isSecure())
					.sameSite("Strict")
					.build()
					.toString());
	}

	private String newId() {
		var bytes = new byte[16];
		random.nextBytes(bytes);
		return BASE64.encodeToString(bytes);
	}

	private String mac(String username, String id) {
		try {
			var mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			var digest = mac.doFinal(("device:" + username + ":" + id).getBytes(StandardCharsets.UTF_8));
			return BASE64.encodeToString(Arrays.copyOf(digest, 16));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
		}
	}

}
