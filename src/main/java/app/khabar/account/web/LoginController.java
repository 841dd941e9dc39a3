package app.khabar.account.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import app.khabar.account.CurrentStaff;
import app.khabar.account.StaffDesk;
import app.khabar.web.Notice;

/** The staff login page; Spring Security processes the POST. */
@Controller
class LoginController {

	private final CurrentStaff staff;

	LoginController(CurrentStaff staff) {
		this.staff = staff;
	}

	@GetMapping("/login")
	String showLogin(HttpServletRequest request, CsrfToken csrf, Model model) {
		// flags without values: /login?error, /login?locked, /login?logout
		var flags = request.getParameterMap().keySet();
		boolean error = flags.contains("error");
		boolean locked = flags.contains("locked");
		if (staff.current().isPresent() && !error && !locked) {
			return "redirect:" + StaffDesk.home(staff.require());
		}
		Notice message = locked ? Notice.error("account.login.locked") : error ? Notice.error("account.login.failed")
				: flags.contains("logout") ? Notice.info("account.login.logged-out") : null;
		model.addAttribute("page", new LoginPage(CsrfField.of(csrf), message));
		return "account/login";
	}

}
