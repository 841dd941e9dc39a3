package app.khabar.comment.web;

import java.util.Map;

import app.khabar.comment.captcha.FallbackQuestion;

/**
 * The page a comment form leads to when it was posted without a valid proof of work (no
 * JavaScript, or a screen reader setup that blocks it): the Persian question, and the
 * reader's fields carried along in hidden inputs, so nothing per reader is ever part of
 * the cached article page. Render {@code comment/captcha-fallback} with it (model
 * attribute {@code page}); it is the answer to a POST, so it is never cached.
 *
 * @param action where the form posts again (the same comment endpoint)
 * @param question the question and its signed token
 * @param fields the reader's own fields (name, text, parent id...) to post again
 * unchanged
 * @param retry true when the previous answer was wrong or too late
 * @param backPath the article, for a reader who gives up
 */
public record CaptchaFallbackPage(String action, FallbackQuestion question, Map<String, String> fields, boolean retry,
		String backPath) {

	/** The form field of the answer. */
	public static final String ANSWER_FIELD = "captchaAnswer";

	/** The form field of the question's token. */
	public static final String TOKEN_FIELD = "captchaToken";

	public CaptchaFallbackPage {
		fields = Map.copyOf(fields);
	}

	public String answerField() {
		return ANSWER_FIELD;
	}

	public String tokenField() {
		return TOKEN_FIELD;
	}

}
