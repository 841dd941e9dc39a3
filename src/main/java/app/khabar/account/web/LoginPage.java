package app.khabar.account.web;

import org.jspecify.annotations.Nullable;

import app.khabar.web.Notice;

/** The login form, with the outcome of the last attempt (an error when it failed). */
public record LoginPage(CsrfField csrf, @Nullable Notice message) {

	public boolean failed() {
		return message != null && message.error();
	}

}
