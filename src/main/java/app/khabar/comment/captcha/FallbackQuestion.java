package app.khabar.comment.captcha;

/**
 * The captcha without JavaScript: a short Persian question (arithmetic in words) and the
 * signed token that goes back with the answer. The token does not contain the answer.
 */
public record FallbackQuestion(String question, String token) {
}
