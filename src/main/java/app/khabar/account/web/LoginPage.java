package app.khabar.account.web;

import org.jspecify.annotations.Nullable;

/** The login form, with the outcome of the last attempt. */
public record LoginPage(CsrfField csrf, @Nullable Message message, boolean failed) {
}
