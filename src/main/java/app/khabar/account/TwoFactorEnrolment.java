package app.khabar.account;

/**
 * A secret waiting for its first code: as typed into an authenticator app
 * ({@code secret}, Base32) and as the {@code otpauth://} address its QR code carries.
 * Shown only to its owner, on the enrolment page.
 */
public record TwoFactorEnrolment(String secret, String uri) {

	/** The secret in groups of four, easier to read and type. */
	public String groupedSecret() {
		return secret.replaceAll("(.{4})(?=.)", "$1 ");
	}

}
