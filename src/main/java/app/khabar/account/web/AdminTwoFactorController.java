package app.khabar.account.web;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.khabar.account.AccountError;
import app.khabar.account.AccountId;
import app.khabar.account.CurrentStaff;
import app.khabar.account.Role;
import app.khabar.account.TwoFactor;
import app.khabar.shared.KhabarException;
import app.khabar.web.Notice;

/**
 * Admin screen of two-factor sign-in: which roles require it, and a reset for a member
 * who lost their phone.
 */
@Controller
@RequestMapping("/admin/two-factor")
class AdminTwoFactorController {

	private static final List<Role> ROLES = Arrays.asList(Role.values());

	private static final int EVENTS_SHOWN = 50;

	private final TwoFactor twoFactor;

	private final CurrentStaff staff;

	AdminTwoFactorController(TwoFactor twoFactor, CurrentStaff staff) {
		this.twoFactor = twoFactor;
		this.staff = staff;
	}

	@GetMapping
	String showTwoFactor(CsrfToken csrf, Model model) {
		return page(csrf, model, null);
	}

	@PostMapping("/roles")
	String processRequiredRoles(@RequestParam(required = false) @Nullable List<Role> roles,
			RedirectAttributes redirect) {
		twoFactor.requireFor(staff.require(), roles == null ? Set.of() : Set.copyOf(roles));
		Notice.done(redirect, "account.two-factor.admin.roles-saved");
		return "redirect:/admin/two-factor";
	}

	@PostMapping("/{id}/reset")
	String processReset(@PathVariable long id, CsrfToken csrf, Model model, RedirectAttributes redirect) {
		try {
			twoFactor.reset(staff.require(), new AccountId(id));
		}
		catch (KhabarException failure) {
			if (failure.code() != AccountError.TWO_FACTOR_NOT_ENABLED) {
				throw failure;
			}
			return page(csrf, model, Notice.of(failure));
		}
		Notice.done(redirect, "account.two-factor.admin.reset-done");
		return "redirect:/admin/two-factor";
	}

	private String page(CsrfToken csrf, Model model, @Nullable Notice error) {
		model.addAttribute("page", new AdminTwoFactorPage(CsrfField.of(csrf), ROLES, twoFactor.requiredRoles(),
				twoFactor.accounts(), twoFactor.recentEvents(EVENTS_SHOWN), error));
		return "account/admin-two-factor";
	}

}
