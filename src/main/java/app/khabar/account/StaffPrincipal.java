package app.khabar.account;

import java.util.Set;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The authenticated staff member held in the security context (and the session). */
class StaffPrincipal extends User {

	private final StaffMember member;

	private final boolean mustChangePassword;

	StaffPrincipal(Account account) {
		super(account.username(), account.passwordHash(), account.enabled(), true, true, true,
				account.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList());
		this.member = new StaffMember(account.id(), account.username(), account.displayName(),
				Set.copyOf(account.roles()));
		this.mustChangePassword = account.mustChangePassword();
	}

	StaffMember member() {
		return member;
	}

	boolean mustChangePassword() {
		return mustChangePassword;
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}
