package app.khabar.account.web;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.khabar.account.AccountError;
import app.khabar.account.AccountId;
import app.khabar.account.AccountManagement;
import app.khabar.account.CurrentStaff;
import app.khabar.account.NewAccount;
import app.khabar.account.Role;
import app.khabar.shared.KhabarException;
import app.khabar.web.Notice;

/**
 * Admin screens: list accounts, create one with roles and a one-time password, change
 * roles, disable, lift a sign-in back-off.
 */
@Controller
@RequestMapping("/admin/accounts")
class AdminAccountsController {

	private static final List<Role> ROLES = Arrays.asList(Role.values());

	private final AccountManagement accounts;

	private final CurrentStaff staff;

	AdminAccountsController(AccountManagement accounts, CurrentStaff staff) {
		this.accounts = accounts;
		this.staff = staff;
	}

	@GetMapping
	String showAccounts(CsrfToken csrf, Model model) {
		return list(csrf, model, NewAccountForm.empty(), null);
	}

	@PostMapping
	String processNewAccount(NewAccountForm form, HttpServletRequest request, CsrfToken csrf, Model model,
			RedirectAttributes redirect) {
		try {
			var id = accounts.create(new NewAccount(form.usernameOrEmpty(), form.displayNameOrEmpty(),
					PasswordController.raw(request, "password"), form.roleSet()));
			Notice.done(redirect, "account.admin.created");
			return "redirect:/admin/accounts/" + id;
		}
		catch (KhabarException failure) {
			return list(csrf, model, form, Notice.of(failure));
		}
	}

	@GetMapping("/{id}")
	String showAccount(@PathVariable long id, CsrfToken csrf, Model model) {
		return edit(new AccountId(id), csrf, model, null);
	}

	@PostMapping("/{id}")
	String processAccountChange(@PathVariable long id, AccountChangeForm form, CsrfToken csrf, Model model,
			RedirectAttributes redirect) {
		var accountId = new AccountId(id);
		try {
			accounts.change(staff.require(), accountId, form.version(),
					form.displayName() == null ? "" : form.displayName(), form.roleSet(), form.isEnabled());
		}
		catch (KhabarException failure) {
			if (failure.code() == AccountError.ACCOUNT_NOT_FOUND) {
				throw failure;
			}
			return edit(accountId, csrf, model, Notice.of(failure));
		}
		Notice.done(redirect, "account.admin.changed");
		return "redirect:/admin/accounts/" + id;
	}

	@PostMapping("/{id}/password")
	String processPasswordReset(@PathVariable long id, HttpServletRequest request, CsrfToken csrf, Model model,
			RedirectAttributes redirect) {
		var accountId = new AccountId(id);
		try {
			accounts.resetPassword(accountId, PasswordController.raw(request, "password"));
		}
		catch (KhabarException failure) {
			if (failure.code() == AccountError.ACCOUNT_NOT_FOUND) {
				throw failure;
			}
			return edit(accountId, csrf, model, Notice.of(failure));
		}
		Notice.done(redirect, "account.admin.password-reset");
		return "redirect:/admin/accounts/" + id;
	}

	@PostMapping("/{id}/unlock")
	String processUnlock(@PathVariable long id, RedirectAttributes redirect) {
		accounts.unlock(staff.require(), new AccountId(id));
		Notice.done(redirect, "account.admin.unlocked");
		return "redirect:/admin/accounts";
	}

	private String list(CsrfToken csrf, Model model, NewAccountForm form, @Nullable Notice error) {
		model.addAttribute("page", new AccountListPage(CsrfField.of(csrf), accounts.all(), accounts.backedOff(), ROLES,
				form, AccountManagement.MIN_PASSWORD_LENGTH, error));
		return "account/admin-list";
	}

	private String edit(AccountId id, CsrfToken csrf, Model model, @Nullable Notice error) {
		var account = accounts.find(id).orElseThrow(() -> new KhabarException(AccountError.ACCOUNT_NOT_FOUND));
		model.addAttribute("page",
				new AccountEditPage(CsrfField.of(csrf), account, ROLES, AccountManagement.MIN_PASSWORD_LENGTH, error));
		return "account/admin-edit";
	}

}
