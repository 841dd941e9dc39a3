package app.khabar.account.web;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import app.khabar.account.Role;

/**
 * The edit form of one account; {@code version} is what the admin saw, so a concurrent
 * change is not overwritten.
 */
public record AccountChangeForm(int version, @Nullable String displayName, @Nullable List<Role> roles,
		@Nullable Boolean enabled) {

	/** An unticked checkbox sends nothing. */
	boolean isEnabled() {
		return Boolean.TRUE.equals(enabled);
	}

	Set<Role> roleSet() {
		return roles == null ? Set.of() : Set.copyOf(roles);
	}

}
