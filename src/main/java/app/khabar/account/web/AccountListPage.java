package app.khabar.account.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import app.khabar.account.AccountSummary;
import app.khabar.account.Role;
import app.khabar.web.Notice;

/** All accounts, and the form to create one (with what was typed when it failed). */
public record AccountListPage(CsrfField csrf, List<AccountSummary> accounts, List<Role> roles, NewAccountForm form,
		int minLength, @Nullable Notice error) {
}
