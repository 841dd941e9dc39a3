package app.khabar.account;

import java.io.Serializable;
import java.util.Set;

/**
 * A logged-in (or looked-up) staff member, as other modules see one. The
 * {@link #username} is the actor key every audit and decision log records (the article
 * audit log, moderation decisions, word lists and bans, media uploads, the ticker): a
 * username never changes, and the people reading a log see who acted without a look-up.
 */
public record StaffMember(AccountId id, String username, String displayName, Set<Role> roles) implements Serializable {

	/**
	 * The actor key of what no person did (screening, lists loaded at start); no account
	 * can take it as a username.
	 */
	public static final String SYSTEM = "system";

	public StaffMember {
		roles = Set.copyOf(roles);
	}

	/** Whether this member has the role; ADMIN counts as every role. */
	public boolean can(Role role) {
		return roles.contains(role) || roles.contains(Role.ADMIN);
	}

}
