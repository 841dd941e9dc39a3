package app.khabar.newsroom;

import java.util.EnumSet;
import java.util.Set;

/**
 * A newsroom member acting now: their login and roles. Built from the security context by the web layer; the
 * account module owns accounts, this is only what the newsroom's policy needs to know.
 */
public record Staff(String login, Set<Role> roles) {

	public Staff {
		roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
	}

	public static Staff of(String login, Role... roles) {
		return new Staff(login, Set.of(roles));
	}

	public boolean is(Role role) {
		return roles.contains(role);
	}

	/** The roles of the newsroom, as the account module names them ({@code ROLE_EDITOR} ...). */
	public enum Role {

		ADMIN, EDITOR, REPORTER

	}

}
