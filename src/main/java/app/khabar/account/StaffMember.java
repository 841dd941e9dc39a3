package app.khabar.account;

import java.io.Serializable;
import java.util.Set;

/**
 * A logged-in (or looked-up) staff member, as other modules see one.
 */
public record StaffMember(AccountId id, String username, String displayName, Set<Role> roles) implements Serializable {

	public StaffMember {
		roles = Set.copyOf(roles);
	}

	/** Whether this member has the role; ADMIN counts as every role. */
	public boolean can(Role role) {
		return roles.contains(role) || roles.contains(Role.ADMIN);
	}

}
