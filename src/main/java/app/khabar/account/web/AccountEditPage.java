package app.khabar.account.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import app.khabar.account.AccountSummary;
import app.khabar.account.Role;
import app.khabar.web.Notice;

/** One account: its name, roles and state, and a one-time password reset. */
public record AccountEditPage(CsrfField csrf, AccountSummary account, List<Role> roles, int minLength,
		@Nullable Notice error) {
}
