package app.khabar.account.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import app.khabar.account.AccountError;
import app.khabar.web.Notice;

/**
 * The code page of a sign-in, shown after the right password to a member with two-factor
 * on; Spring Security processes the POST (and keeps everyone else away from this page).
 */
@Controller
class SignInCodeController {

	@GetMapping("/login/code")
	String showCodeForm(HttpServletRequest request, CsrfToken csrf, Model model) {
		// flags without values: /login/code?error, /login/code?locked
		var flags = request.getParameterMap().keySet();
		Notice error = flags.contains("locked") ? Notice.error(AccountError.TWO_FACTOR_THROTTLED.messageKey())
				: flags.contains("error") ? Notice.error(AccountError.TWO_FACTOR_WRONG_CODE.messageKey()) : null;
		model.addAttribute("page", new SignInCodePage(CsrfField.of(csrf), error));
		return "account/login-code";
	}

}
