package app.khabar.comment.captcha;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A captcha solution checked but not yet used up: {@link #valid()} when its signature,
 * answer and expiry are right, then it carries the single-use key that
 * {@link CaptchaVerifier#useUp(java.util.List)} records; otherwise {@link #result()} says
 * why it failed.
 */
public record CaptchaCheck(CaptchaResult result, @Nullable String key, @Nullable Instant expiresAt) {

	static CaptchaCheck failed(CaptchaResult result) {
		return new CaptchaCheck(result, null, null);
	}

	static CaptchaCheck unused(String key, Instant expiresAt) {
		return new CaptchaCheck(CaptchaResult.PASSED, key, expiresAt);
	}

	/**
	 * Right and unexpired; whether it was used before is known only once it is used up.
	 */
	public boolean valid() {
		return key != null;
	}

}
