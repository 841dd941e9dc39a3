package app.khabar.account;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A staff member's own two-factor: on since {@code enabledSince} (null: off), how many
 * recovery codes are left, and whether one of their roles requires it.
 */
public record TwoFactorStatus(@Nullable Instant enabledSince, int recoveryCodesLeft, boolean required) {

	public boolean enabled() {
		return enabledSince != null;
	}

}
