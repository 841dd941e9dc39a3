package app.khabar.account;

import java.util.Set;

/**
 * What an admin enters to create an account. The password is a one-time password: its
 * owner must change it at the first login.
 */
public record NewAccount(String username, String displayName, String password, Set<Role> roles) {

	public NewAccount {
		roles = Set.copyOf(roles);
	}

}
