package app.khabar.account;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import app.khabar.web.StaffBar;

/**
 * Puts the {@link StaffBar} of the signed-in member into the model of every staff page
 * ({@code staffBar}); readers' pages, and the sign-in pages before the sign-in, have
 * none.
 */
@ControllerAdvice
class StaffBarAdvice {

	private final ObjectProvider<CurrentStaff> staff;

	/** A provider: a web slice test has the advice without the account module's beans. */
	StaffBarAdvice(ObjectProvider<CurrentStaff> staff) {
		this.staff = staff;
	}

	@ModelAttribute("staffBar")
	@Nullable StaffBar staffBar(HttpServletRequest request) {
		CurrentStaff current = staff.getIfAvailable();
		var member = current == null ? Optional.<StaffMember>empty() : current.current();
		// public pages may be cached for everyone: never a token in them
		if (member.isEmpty() || !SecurityConfiguration.staffPage(request)
				|| !(request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken csrf)) {
			return null;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		var desks = StaffDesk.of(member.get())
			.stream()
			.map(desk -> new StaffBar.Desk(desk.path(), desk.messageKey(), desk.holds(path)))
			.toList();
		return new StaffBar(desks, member.get().displayName(), LoginFilters.PASSWORD_PAGE, csrf.getParameterName(),
				csrf.getToken());
	}

}
