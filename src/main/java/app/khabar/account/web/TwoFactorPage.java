package app.khabar.account.web;

import org.jspecify.annotations.Nullable;

import app.khabar.account.TwoFactorEnrolment;
import app.khabar.account.TwoFactorStatus;
import app.khabar.web.Notice;

/**
 * A staff member's own two-factor: when it is off, the secret waiting for its first code
 * ({@code enrolment}, with its QR code); when on, since when and the form for new
 * recovery codes.
 */
public record TwoFactorPage(CsrfField csrf, TwoFactorStatus status, @Nullable TwoFactorEnrolment enrolment,
		@Nullable QrCodeSvg qr, @Nullable Notice error) {
}
