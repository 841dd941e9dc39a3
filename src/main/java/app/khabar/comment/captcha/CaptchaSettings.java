package app.khabar.comment.captcha;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code khabar.captcha.*}.
 *
 * @param hmacKey the key that signs challenges and fallback questions; set the same one
 * on every node of a cluster, or one is generated under the data folder
 * @param expiry how long a proof-of-work challenge may be solved and used
 * @param maxNumber the proof-of-work's search space: half of it is hashed on average
 * (50,000: about a second in a browser, spent while the reader types)
 * @param fallbackExpiry how long a reader has to answer the no-JavaScript question
 */
@ConfigurationProperties("khabar.captcha")
record CaptchaSettings(@Nullable String hmacKey, @DefaultValue("10m") Duration expiry,
		@DefaultValue("50000") long maxNumber, @DefaultValue("30m") Duration fallbackExpiry) {
}
