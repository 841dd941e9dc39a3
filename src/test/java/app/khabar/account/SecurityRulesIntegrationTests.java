package app.khabar.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The URL rules, form login, one-time passwords, and CSRF for staff forms (guest
 * endpoints: {@code web}).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClock.Config.class)
class SecurityRulesIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountManagement management;

	static RequestPostProcessor as(Role... roles) {
		return StaffLogins.staff("staff", roles);
	}

	static boolean opened(MvcTestResult result) {
		int status = result.getResponse().getStatus();
		return status != 401 && status != 403 && !(status / 100 == 3);
	}

	@Test
	void anonymousReadersOpenPublicPagesAndTheApi() {
		assertThat(opened(mvc.get().uri("/").exchange())).isTrue();
		assertThat(opened(mvc.get().uri("/news/12/یک-خبر").exchange())).isTrue();
		assertThat(opened(mvc.get().uri("/api/v1/articles/12").exchange())).isTrue();
	}

	@Test
	void anonymousReadersAreSentToTheLoginPageFromStaffPages() {
		for (var path : new String[] { "/moderation", "/moderation/queue", "/newsroom", "/admin/accounts" }) {
			assertThat(mvc.get().uri(path).exchange()).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
		}
	}

	@Test
	void eachStaffAreaIsOpenOnlyToItsRoles() {
		assertThat(opened(mvc.get().uri("/moderation").with(as(Role.MODERATOR)).exchange())).isTrue();
		assertThat(opened(mvc.get().uri("/moderation").with(as(Role.ADMIN)).exchange())).isTrue();
		assertThat(mvc.get().uri("/moderation").with(as(Role.EDITOR, Role.REPORTER)).exchange()).hasStatus(403);

		assertThat(opened(mvc.get().uri("/newsroom/drafts").with(as(Role.REPORTER)).exchange())).isTrue();
		assertThat(opened(mvc.get().uri("/newsroom/drafts").with(as(Role.EDITOR)).exchange())).isTrue();
		assertThat(mvc.get().uri("/newsroom/drafts").with(as(Role.MODERATOR)).exchange()).hasStatus(403);

		assertThat(opened(mvc.get().uri("/admin/accounts").with(as(Role.ADMIN)).exchange())).isTrue();
		assertThat(mvc.get().uri("/admin/accounts").with(as(Role.MODERATOR, Role.EDITOR)).exchange()).hasStatus(403);
	}

	@Test
	void staffFormsNeedTheCsrfToken() {
		assertThat(mvc.post().uri("/admin/accounts").with(as(Role.ADMIN)).exchange()).hasStatus(403);
		assertThat(mvc.post().uri("/login").param("username", "x").param("password", "y").exchange()).hasStatus(403);
	}

	@Test
	void aOneTimePasswordLeadsToThePasswordPageUntilChanged() {
		var username = AccountsIntegrationTests.unique("moderator.");
		management.create(new NewAccount(username, "ناظر", "one-time-password-1", Set.of(Role.MODERATOR)));

		var login = mvc.post()
			.uri("/login")
			.param("username", username)
			.param("password", "one-time-password-1")
			.with(csrf())
			.exchange();
		assertThat(login).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/account/password");
		var session = sessionCookie(login);

		assertThat(mvc.get().uri("/moderation").cookie(session).exchange()).hasStatus3xxRedirection()
			.redirectedUrl()
			.isEqualTo("/account/password");
	}

	@Test
	void aWrongPasswordFailsAndFiveFailuresBackOffTheirClientButNeverLockTheAccountForOthers() {
		var username = AccountsIntegrationTests.unique("editor.");
		var id = management.create(new NewAccount(username, "دبیر", "one-time-password-2", Set.of(Role.EDITOR)));
		management.changeOwnPassword(id, "one-time-password-2", "the-real-password");

		var ok = mvc.post()
			.uri("/login")
			.param("username", username)
			.param("password", "the-real-password")
			.with(csrf());
		assertThat(ok.exchange()).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/newsroom");

		for (int i = 0; i < 5; i++) {
			assertThat(signIn(username, "wrong-" + i, "198.51.100." + (i + 1)).exchange()).hasStatus3xxRedirection()
				.redirectedUrl()
				.isEqualTo("/login?error");
		}
		assertThat(ok.exchange()).as("five wrong passwords from other addresses lock nobody out")
			.hasStatus3xxRedirection()
			.redirectedUrl()
			.isEqualTo("/newsroom");

		for (int i = 0; i < 5; i++) {
			assertThat(signIn(username, "wrong-" + i, "198.51.100.77").exchange()).redirectedUrl()
				.isEqualTo("/login?error");
		}
		assertThat(signIn(username, "the-real-password", "198.51.100.77").exchange())
			.as("the guessing client waits, even with the right password")
			.hasStatus3xxRedirection()
			.redirectedUrl()
			.isEqualTo("/login?locked");
		assertThat(ok.exchange()).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/newsroom");
	}

	@Test
	void aBrowserThatSignedInBeforeGetsInWhileTheAccountIsUnderAttack() {
		var username = AccountsIntegrationTests.unique("admin.");
		var id = management.create(new NewAccount(username, "مدیر", "one-time-password-3", Set.of(Role.ADMIN)));
		management.changeOwnPassword(id, "one-time-password-3", "the-admins-password");
		var first = signIn(username, "the-admins-password", "192.0.2.10").exchange();
		assertThat(first).redirectedUrl().isEqualTo("/admin/accounts");
		var device = first.getResponse().getCookie(DeviceCookies.NAME);
		assertThat(device).as("device cookie").isNotNull();
		assertThat(device.getPath()).isEqualTo("/login");
		assertThat(device.isHttpOnly()).isTrue();

		for (int i = 0; i < 20; i++) {
			signIn(username, "guess-" + i, "203.0.113." + (i + 1)).exchange();
		}

		assertThat(signIn(username, "the-admins-password", "192.0.2.11").exchange()).as("an unknown client waits")
			.redirectedUrl()
			.isEqualTo("/login?locked");
		assertThat(signIn(username, "the-admins-password", "192.0.2.10").cookie(device).exchange())
			.as("the admin's own browser, from anywhere")
			.redirectedUrl()
			.isEqualTo("/admin/accounts");
		assertThat(signIn(username.toUpperCase(), "the-admins-password", "192.0.2.12").cookie(device).exchange())
			.redirectedUrl()
			.isEqualTo("/admin/accounts");
		assertThat(signIn(AccountsIntegrationTests.unique("other."), "x", "192.0.2.10").cookie(device).exchange())
			.as("the cookie is the account's only: here it is an unknown client")
			.redirectedUrl()
			.isEqualTo("/login?error");
	}

	private MockMvcTester.MockMvcRequestBuilder signIn(String username, String password, String peer) {
		return StaffLogins.signIn(mvc, username, password, peer);
	}

	/**
	 * Staff sessions live in the database (Spring Session): the login's cookie names the
	 * session.
	 */
	static Cookie sessionCookie(org.springframework.test.web.servlet.assertj.MvcTestResult login) {
		Cookie cookie = login.getResponse().getCookie("SESSION");
		org.assertj.core.api.Assertions.assertThat(cookie).as("session cookie after login").isNotNull();
		return cookie;
	}

}
