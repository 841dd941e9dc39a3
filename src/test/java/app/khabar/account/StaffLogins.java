package app.khabar.account;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Instant;
import java.util.Set;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A MockMvc request signed in as a staff member, holding the principal a real login puts
 * in the session, so {@link CurrentStaff} sees the same {@link StaffMember} it would in
 * production; and a real sign-in from an address.
 */
public final class StaffLogins {

	/** No stored account has it: tests that sign in this way never look the member up. */
	private static final AccountId NOT_STORED = new AccountId(999_000);

	private StaffLogins() {
	}

	public static RequestPostProcessor staff(String username, Role... roles) {
		var account = new Account(NOT_STORED, username, username, "{noop}x", Set.of(roles), true, false, Instant.EPOCH,
				0);
		var principal = new StaffPrincipal(account);
		return authentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
	}

	/**
	 * A sign-in with the form's token from a client address (the request's peer: the
	 * tests trust no proxy).
	 */
	public static MockMvcTester.MockMvcRequestBuilder signIn(MockMvcTester mvc, String username, String password,
			String address) {
		return mvc.post().uri("/login").param("username", username).param("password", password).with(request -> {
			request.setRemoteAddr(address);
			return request;
		}).with(csrf());
	}

}
