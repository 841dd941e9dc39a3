package app.khabar.account.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.khabar.account.CurrentStaff;
import app.khabar.account.StaffDesk;
import app.khabar.account.TwoFactor;
import app.khabar.shared.KhabarException;
import app.khabar.web.Notice;

/**
 * A staff member turns on two-factor sign-in (scans the QR code or types the secret,
 * confirms with a first code) and gets new recovery codes; the page every staff URL leads
 * to while a role of theirs requires it and it is off.
 */
@Controller
@RequestMapping("/account/two-factor")
class TwoFactorController {

	private final CurrentStaff staff;

	private final TwoFactor twoFactor;

	TwoFactorController(CurrentStaff staff, TwoFactor twoFactor) {
		this.staff = staff;
		this.twoFactor = twoFactor;
	}

	@GetMapping
	String showTwoFactor(CsrfToken csrf, Model model) {
		return page(csrf, model, null);
	}

	@PostMapping
	String processConfirmation(@RequestParam(defaultValue = "") String code, CsrfToken csrf, Model model) {
		try {
			return codes(model, twoFactor.confirm(staff.require(), code));
		}
		catch (KhabarException failure) {
			return page(csrf, model, Notice.of(failure));
		}
	}

	@PostMapping("/recovery-codes")
	String processNewRecoveryCodes(@RequestParam(defaultValue = "") String code, CsrfToken csrf, Model model) {
		try {
			return codes(model, twoFactor.renewRecoveryCodes(staff.require(), code));
		}
		catch (KhabarException failure) {
			return page(csrf, model, Notice.of(failure));
		}
	}

	private String page(CsrfToken csrf, Model model, @Nullable Notice error) {
		var member = staff.require();
		var status = twoFactor.status(member);
		var enrolment = status.enabled() ? null : twoFactor.enrolment(member);
		model.addAttribute("page", new TwoFactorPage(CsrfField.of(csrf), status, enrolment,
				enrolment == null ? null : QrCodeSvg.of(enrolment.uri()), error));
		return "account/two-factor";
	}

	private String codes(Model model, List<String> codes) {
		model.addAttribute("page", new RecoveryCodesPage(codes, StaffDesk.home(staff.require())));
		return "account/recovery-codes";
	}

}
