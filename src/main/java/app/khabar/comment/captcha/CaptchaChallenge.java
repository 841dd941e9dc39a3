package app.khabar.comment.captcha;

/**
 * An ALTCHA challenge, serialized as the ALTCHA widget expects it: find {@code number} in
 * {@code [0, maxnumber]} with {@code hex(SHA-256(salt + number)) == challenge}; the salt
 * carries the expiry ({@code ?expires=<epoch s>}), the signature is HMAC-SHA256 of the
 * challenge.
 */
public record CaptchaChallenge(String algorithm, String challenge, long maxnumber, String salt, String signature) {
}
