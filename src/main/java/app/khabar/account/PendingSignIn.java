package app.khabar.account;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.FactorGrantedAuthority;

/**
 * A sign-in between the right password and the right code: who is signing in and when the
 * password was right. It carries no role and is no {@link StaffPrincipal}, so no staff
 * page, rule or {@link CurrentStaff} sees a staff member yet; its one authority is Spring
 * Security's password factor.
 */
final class PendingSignIn extends AbstractAuthenticationToken {

	private final AccountId account;

	private final String username;

	private final Instant since;

	PendingSignIn(AccountId account, String username, Instant since) {
		super(List.of(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY)));
		this.account = account;
		this.username = username;
		this.since = since;
		setAuthenticated(true);
	}

	AccountId account() {
		return account;
	}

	String username() {
		return username;
	}

	boolean expired(Instant now, Duration timeout) {
		return now.isAfter(since.plus(timeout));
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public Object getPrincipal() {
		return username;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof PendingSignIn pending && pending.account.equals(account) && pending.since.equals(since);
	}

	@Override
	public int hashCode() {
		return account.hashCode();
	}

}
