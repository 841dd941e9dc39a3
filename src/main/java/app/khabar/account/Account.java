package app.khabar.account;

import java.time.Instant;
import java.util.Set;

/**
 * A row of {@code account_account}; stays inside the module because it holds the password
 * hash.
 */
record Account(AccountId id, String username, String displayName, String passwordHash, Set<Role> roles, boolean enabled,
		boolean mustChangePassword, Instant createdAt, int version) {

	AccountSummary summary() {
		return new AccountSummary(id, username, displayName, roles, enabled, mustChangePassword, createdAt, version);
	}

}
