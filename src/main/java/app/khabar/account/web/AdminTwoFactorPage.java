package app.khabar.account.web;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import app.khabar.account.Role;
import app.khabar.account.TwoFactorAccount;
import app.khabar.account.TwoFactorEvent;
import app.khabar.web.Notice;

/**
 * The admin's two-factor screen: the roles that require it, every account's state, and
 * the log.
 */
public record AdminTwoFactorPage(CsrfField csrf, List<Role> roles, Set<Role> requiredRoles,
		List<TwoFactorAccount> accounts, List<TwoFactorEvent> events, @Nullable Notice error) {

	public AdminTwoFactorPage {
		roles = List.copyOf(roles);
		requiredRoles = Set.copyOf(requiredRoles);
		accounts = List.copyOf(accounts);
		events = List.copyOf(events);
	}

}
