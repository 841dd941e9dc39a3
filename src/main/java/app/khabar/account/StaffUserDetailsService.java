package app.khabar.account;

import java.util.Locale;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class StaffUserDetailsService implements UserDetailsService {

	private final Accounts accounts;

	StaffUserDetailsService(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return accounts.findByUsername(username.strip().toLowerCase(Locale.ROOT))
			.map(StaffPrincipal::new)
			.orElseThrow(() -> new UsernameNotFoundException("no such account"));
	}

}
