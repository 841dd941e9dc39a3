package app.khabar.comment.captcha;

/**
 * The outcome of checking a captcha solution. Only {@link #PASSED} lets a submission
 * through; the others tell the reader why (and the form may then offer the fallback
 * question).
 */
public enum CaptchaResult {

	PASSED, MISSING, INVALID, EXPIRED, ALREADY_USED;

	public boolean passed() {
		return this == PASSED;
	}

}
