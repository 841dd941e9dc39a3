package app.khabar.account;

import java.time.Instant;
import java.util.Set;

/**
 * An account as the admin screens list it; never carries the password hash.
 */
public record AccountSummary(AccountId id, String username, String displayName, Set<Role> roles, boolean enabled,
		boolean mustChangePassword, Instant createdAt, int version) {

	public AccountSummary {
		roles = Set.copyOf(roles);
	}

	public StaffMember toStaffMember() {
		return new StaffMember(id, username, displayName, roles);
	}

}
