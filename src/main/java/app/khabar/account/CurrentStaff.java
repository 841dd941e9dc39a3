package app.khabar.account;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Who is logged in on the current request: a staff member, or nobody (a reader).
 */
@Component
public class CurrentStaff {

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	private final Accounts accounts;

	private final SecurityContextRepository repository;

	CurrentStaff(Accounts accounts, SecurityContextRepository repository) {
		this.accounts = accounts;
		this.repository = repository;
	}

	/** The logged-in staff member, or empty for a reader. */
	public Optional<StaffMember> current() {
		var authentication = contexts.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal principal) {
			return Optional.of(principal.member());
		}
		return Optional.empty();
	}

	/**
	 * The logged-in staff member; only for pages that the security rules already restrict
	 * to staff.
	 */
	public StaffMember require() {
		return current().orElseThrow(() -> new IllegalStateException("no staff member on this request"));
	}

	/**
	 * Reloads the logged-in member from the database into the session, after a change to
	 * their own account (a new password clears the must-change flag).
	 */
	public void refresh(HttpServletRequest request, HttpServletResponse response) {
		current().flatMap(member -> accounts.findById(member.id())).ifPresent(account -> {
			var principal = new StaffPrincipal(account);
			var context = contexts.createEmptyContext();
			context.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
			contexts.setContext(context);
			repository.saveContext(context, request, response);
		});
	}

	/** Whether the logged-in member still has to replace a one-time password. */
	public boolean mustChangePassword() {
		var authentication = contexts.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof StaffPrincipal principal
				&& principal.mustChangePassword();
	}

}
