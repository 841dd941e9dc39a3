package app.khabar.account.web;

import org.jspecify.annotations.Nullable;

import app.khabar.web.Notice;

/**
 * The form to change one's own password; {@code mustChange} when a one-time password must
 * be replaced.
 */
public record PasswordPage(CsrfField csrf, String displayName, boolean mustChange, int minLength,
		@Nullable Notice error) {
}
