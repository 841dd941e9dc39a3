package app.khabar.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A flood of sign-ins from many addresses: this node takes only its budget of attempts
 * from unknown clients (here 2, refilled far slower than the test runs) and answers the
 * rest with a Persian 429 before any hash; CSRF is checked before the budget; a browser
 * that signed in before is not held back.
 */
@SpringBootTest(properties = { "khabar.account.login-rate=0.0001", "khabar.account.login-burst=2" })
@AutoConfigureMockMvc
class LoginFloodIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountManagement management;

	@Test
	void aFloodFromManyAddressesGetsATooManyRequestsAnswerButAKnownDeviceGetsIn() throws Exception {
		var username = AccountsIntegrationTests.unique("editor.");
		var id = management.create(new NewAccount(username, "دبیر", "one-time-password-4", Set.of(Role.EDITOR)));
		management.changeOwnPassword(id, "one-time-password-4", "the-editors-password");
		for (int i = 0; i < 5; i++) {
			assertThat(mvc.post().uri("/login").param("username", username).param("password", "no-token").exchange())
				.as("no token: refused before the budget")
				.hasStatus(403);
		}
		var first = signIn(username, "the-editors-password", "192.0.2.1").exchange();
		assertThat(first).redirectedUrl().isEqualTo("/newsroom");
		var device = first.getResponse().getCookie(DeviceCookies.NAME);
		assertThat(signIn(username, "wrong", "192.0.2.2").exchange()).redirectedUrl().isEqualTo("/login?error");

		var refused = signIn(username, "wrong", "192.0.2.3").exchange();

		assertThat(refused).hasStatus(429);
		assertThat(refused.getResponse().getHeader("Retry-After")).isEqualTo("1");
		assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("هم‌اکنون تلاش‌های ورود بسیار زیاد است. چند ثانیهٔ دیگر دوباره تلاش کنید.");
		assertThat(signIn(username, "the-editors-password", "192.0.2.4").exchange()).hasStatus(429);
		assertThat(signIn(username, "the-editors-password", "192.0.2.1").cookie(device).exchange()).redirectedUrl()
			.isEqualTo("/newsroom");
	}

	private MockMvcTester.MockMvcRequestBuilder signIn(String username, String password, String peer) {
		return StaffLogins.signIn(mvc, username, password, peer);
	}

}
