package app.khabar.account.web;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import app.khabar.account.Role;

/**
 * The create-account form; the one-time password is read raw from the request, never
 * bound or echoed.
 */
public record NewAccountForm(@Nullable String username, @Nullable String displayName, @Nullable List<Role> roles) {

	static NewAccountForm empty() {
		return new NewAccountForm("", "", List.of());
	}

	public String usernameOrEmpty() {
		return username == null ? "" : username;
	}

	public String displayNameOrEmpty() {
		return displayName == null ? "" : displayName;
	}

	public boolean has(Role role) {
		return roles != null && roles.contains(role);
	}

	Set<Role> roleSet() {
		return roles == null ? Set.of() : Set.copyOf(roles);
	}

}
