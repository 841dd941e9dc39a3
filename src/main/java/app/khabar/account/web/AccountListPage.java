package app.khabar.account.web;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import app.khabar.account.AccountId;
import app.khabar.account.AccountSummary;
import app.khabar.account.Role;
import app.khabar.web.Notice;

/**
 * All accounts (those in a sign-in back-off with a button to lift it), and the form to
 * create one (with what was typed when it failed).
 */
public record AccountListPage(CsrfField csrf, List<AccountSummary> accounts, Set<AccountId> backedOff, List<Role> roles,
		NewAccountForm form, int minLength, @Nullable Notice error) {
}
