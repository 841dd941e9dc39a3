package app.khabar.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.khabar.account.AccountError;
import app.khabar.account.AccountManagement;
import app.khabar.account.CurrentStaff;
import app.khabar.account.StaffDesk;
import app.khabar.shared.KhabarException;
import app.khabar.web.Notice;

/**
 * A staff member changes their own password; the page every staff URL leads to until a
 * one-time password is replaced. Passwords are read raw from the request: the shell's
 * input normalization must not change them.
 */
@Controller
class PasswordController {

	static final String VIEW = "account/password";

	private final CurrentStaff staff;

	private final AccountManagement accounts;

	PasswordController(CurrentStaff staff, AccountManagement accounts) {
		this.staff = staff;
		this.accounts = accounts;
	}

	@GetMapping("/account/password")
	String showPasswordForm(CsrfToken csrf, Model model) {
		return page(csrf, model, null);
	}

	@PostMapping("/account/password")
	String processPasswordForm(HttpServletRequest request, HttpServletResponse response, CsrfToken csrf, Model model,
			RedirectAttributes redirect) {
		var current = raw(request, "currentPassword");
		var next = raw(request, "newPassword");
		if (!next.equals(raw(request, "confirmPassword"))) {
			return page(csrf, model, Notice.error("account.password.mismatch"));
		}
		var member = staff.require();
		try {
			accounts.changeOwnPassword(member.id(), current, next);
		}
		catch (KhabarException failure) {
			return page(csrf, model, Notice.of(failure));
		}
		staff.refresh(request, response);
		Notice.done(redirect, "account.password.changed");
		return "redirect:" + StaffDesk.home(member);
	}

	private String page(CsrfToken csrf, Model model, @Nullable Notice error) {
		model.addAttribute("page", new PasswordPage(CsrfField.of(csrf), staff.require().displayName(),
				staff.mustChangePassword(), AccountManagement.MIN_PASSWORD_LENGTH, error));
		return VIEW;
	}

	static String raw(HttpServletRequest request, String name) {
		var value = request.getParameter(name);
		if (value == null) {
			throw new KhabarException(AccountError.WEAK_PASSWORD, AccountManagement.MIN_PASSWORD_LENGTH);
		}
		return value;
	}

}
