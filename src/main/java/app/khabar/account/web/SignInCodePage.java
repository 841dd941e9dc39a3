package app.khabar.account.web;

import app.khabar.web.Notice;

import org.jspecify.annotations.Nullable;

/** The second step of a sign-in: the code form, with the outcome of the last try. */
public record SignInCodePage(CsrfField csrf, @Nullable Notice error) {
}
