package app.khabar.account;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One account on the admin's two-factor screen: on since when (null: off), codes left,
 * required by a role.
 */
public record TwoFactorAccount(AccountSummary account, @Nullable Instant enabledSince, int recoveryCodesLeft,
		boolean required) {

	public boolean enabled() {
		return enabledSince != null;
	}

}
