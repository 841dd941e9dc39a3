package app.khabar.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import app.khabar.account.AccountManagement;
import app.khabar.account.NewAccount;
import app.khabar.account.Role;
import app.khabar.account.StaffLogins;

/**
 * The login page, the forced password change and the admin screens, through the real
 * security chain and templates.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class AccountPagesIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountManagement accounts;

	static String unique(String prefix) {
		return prefix + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
	}

	static String body(MvcTestResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	Cookie logIn(String username, String password) {
		var login = mvc.post()
			.uri("/login")
			.param("username", username)
			.param("password", password)
			.with(csrf())
			.exchange();
		assertThat(login).hasStatus3xxRedirection();
		return sessionCookie(login);
	}

	String staffWithPassword(Set<Role> roles) {
		var username = unique("staff.");
		var id = accounts.create(new NewAccount(username, "کارمند آزمایشی", "one-time-password", roles));
		accounts.changeOwnPassword(id, "one-time-password", "a-real-password-1");
		return username;
	}

	@Test
	void theLoginPageIsPersianRightToLeftAndUncached() throws Exception {
		var page = mvc.get().uri("/login").exchange();

		assertThat(page).hasStatusOk();
		var html = body(page);
		assertThat(html).contains("<html lang=\"fa\" dir=\"rtl\">", "<h1>ورود کارکنان</h1>", "name=\"_csrf\"",
				"name=\"username\"", "name=\"password\"");
		assertThat(page.getResponse().getHeader("Cache-Control")).contains("no-store");
	}

	@Test
	void aFailedLoginSaysSoInPersian() throws Exception {
		var failed = mvc.post()
			.uri("/login")
			.param("username", "nobody")
			.param("password", "wrong")
			.with(csrf())
			.exchange();
		assertThat(failed).redirectedUrl().isEqualTo("/login?error");

		assertThat(body(mvc.get().uri("/login?error").exchange())).contains("نام کاربری یا گذرواژه درست نیست.");
		assertThat(body(mvc.get().uri("/login?locked").exchange())).contains("برای چند دقیقه بسته شده است");
	}

	@Test
	void aOneTimePasswordMustBeReplacedBeforeAnythingElse() throws Exception {
		var username = unique("moderator.");
		accounts.create(new NewAccount(username, "سارا", "one-time-password", Set.of(Role.MODERATOR)));
		var session = logIn(username, "one-time-password");

		var form = mvc.get().uri("/account/password").cookie(session).exchange();
		assertThat(body(form)).contains("سارا، پیش از ادامهٔ کار");

		var mismatch = mvc.post()
			.uri("/account/password")
			.cookie(session)
			.with(csrf())
			.param("currentPassword", "one-time-password")
			.param("newPassword", "گذرواژهٔ تازهٔ سارا")
			.param("confirmPassword", "something else")
			.exchange();
		assertThat(body(mismatch)).contains("گذرواژهٔ تازه و تکرار آن یکی نیستند.");

		var changed = mvc.post()
			.uri("/account/password")
			.cookie(session)
			.with(csrf())
			.param("currentPassword", "one-time-password")
			.param("newPassword", " گذرواژهٔ تازهٔ سارا ")
			.param("confirmPassword", " گذرواژهٔ تازهٔ سارا ")
			.exchange();
		assertThat(changed).redirectedUrl().isEqualTo("/moderation");
		assertThat(mvc.get().uri("/moderation").cookie(session).exchange().getResponse().getStatus()).isNotIn(302, 403);

		// the new password is used exactly as typed, spaces and all
		var again = mvc.post()
			.uri("/login")
			.param("username", username)
			.param("password", " گذرواژهٔ تازهٔ سارا ")
			.with(csrf())
			.exchange();
		assertThat(again).redirectedUrl().isEqualTo("/moderation");
	}

	@Test
	void anAdminCreatesAnAccountWithRolesThenChangesAndDisablesIt() throws Exception {
		var admin = logIn(staffWithPassword(Set.of(Role.ADMIN)), "a-real-password-1");
		var username = unique("reporter.");

		var created = mvc.post()
			.uri("/admin/accounts")
			.cookie(admin)
			.with(csrf())
			.param("username", username)
			.param("displayName", "رضا كاظمي")
			.param("password", "one-time-for-reza")
			.param("roles", "REPORTER", "EDITOR")
			.exchange();
		assertThat(created).hasStatus3xxRedirection();
		var path = created.getResponse().getRedirectedUrl();
		var account = accounts.all().stream().filter(a -> a.username().equals(username)).findFirst().orElseThrow();
		assertThat(path).isEqualTo("/admin/accounts/" + account.id());
		assertThat(account.roles()).containsExactlyInAnyOrder(Role.REPORTER, Role.EDITOR);
		assertThat(account.mustChangePassword()).isTrue();

		var list = body(mvc.get().uri("/admin/accounts").cookie(admin).exchange());
		assertThat(list).contains(username, "خبرنگار", "دبیر");
		var edit = body(mvc.get().uri(path).cookie(admin).exchange());
		assertThat(edit).contains("حساب ساخته شد.", "name=\"version\" value=\"0\"");

		var changed = mvc.post()
			.uri(path)
			.cookie(admin)
			.with(csrf())
			.param("version", "0")
			.param("displayName", "رضا کاظمی")
			.param("roles", "MODERATOR")
			.exchange();
		assertThat(changed).redirectedUrl().isEqualTo(path);
		var after = accounts.find(account.id()).orElseThrow();
		assertThat(after.roles()).containsExactly(Role.MODERATOR);
		assertThat(after.enabled()).isFalse();

		var stale = mvc.post()
			.uri(path)
			.cookie(admin)
			.with(csrf())
			.param("version", "0")
			.param("roles", "EDITOR")
			.param("enabled", "true")
			.exchange();
		assertThat(body(stale)).contains("کس دیگری هم‌زمان این حساب را تغییر داده است.");

		var disabledLogin = mvc.post()
			.uri("/login")
			.param("username", username)
			.param("password", "one-time-for-reza")
			.with(csrf())
			.exchange();
		assertThat(disabledLogin).redirectedUrl().isEqualTo("/login?error");
	}

	@Test
	void anAdminLiftsASignInBackOffFromTheAccountsPage(CapturedOutput output) throws Exception {
		var adminName = staffWithPassword(Set.of(Role.ADMIN));
		var admin = logIn(adminName, "a-real-password-1");
		var username = staffWithPassword(Set.of(Role.EDITOR));
		for (int i = 0; i < 20; i++) {
			StaffLogins.signIn(mvc, username, "guess-" + i, "203.0.113." + (i + 1)).exchange();
		}
		var signIn = mvc.post()
			.uri("/login")
			.param("username", username)
			.param("password", "a-real-password-1")
			.with(csrf());
		assertThat(signIn.exchange()).redirectedUrl().isEqualTo("/login?locked");
		var id = accounts.all().stream().filter(a -> a.username().equals(username)).findFirst().orElseThrow().id();

		var list = body(mvc.get().uri("/admin/accounts").cookie(admin).exchange());
		assertThat(list).contains("action=\"/admin/accounts/" + id + "/unlock\"", "ورود پس از چند تلاش ناموفق");
		assertThat(mvc.post().uri("/admin/accounts/" + id + "/unlock").cookie(admin).exchange()).hasStatus(403);
		assertThat(signIn.exchange()).redirectedUrl().isEqualTo("/login?locked");

		var unlocked = mvc.post().uri("/admin/accounts/" + id + "/unlock").cookie(admin).with(csrf()).exchange();

		assertThat(unlocked).redirectedUrl().isEqualTo("/admin/accounts");
		assertThat(body(mvc.get()
			.uri("/admin/accounts")
			.cookie(admin)
			.flashAttr("notice", "account.admin.unlocked")
			.exchange())).contains("محدودیت ورود این حساب برداشته شد.").doesNotContain("/unlock\"");
		assertThat(output).contains("Sign-in back-off of " + username + " lifted by " + adminName);
		assertThat(signIn.exchange()).redirectedUrl().isEqualTo("/newsroom");
	}

	@Test
	void logoutNeedsTheTokenAndEndsTheSession() throws Exception {
		var session = logIn(staffWithPassword(Set.of(Role.ADMIN)), "a-real-password-1");
		assertThat(body(mvc.get().uri("/admin/accounts").cookie(session).exchange())).contains("action=\"/logout\"");

		assertThat(mvc.post().uri("/logout").cookie(session).exchange()).hasStatus(403);
		assertThat(mvc.post().uri("/logout").cookie(session).with(csrf()).exchange()).redirectedUrl()
			.isEqualTo("/login?logout");
		assertThat(mvc.get().uri("/admin/accounts").cookie(session).exchange()).redirectedUrl().endsWith("/login");
	}

	@Test
	void aRefusedNewAccountShowsWhyAndKeepsWhatWasTyped() throws Exception {
		var admin = logIn(staffWithPassword(Set.of(Role.ADMIN)), "a-real-password-1");

		var refused = mvc.post()
			.uri("/admin/accounts")
			.cookie(admin)
			.with(csrf())
			.param("username", "new.editor")
			.param("displayName", "دبیر تازه")
			.param("password", "short")
			.param("roles", "EDITOR")
			.exchange();

		assertThat(refused).hasStatusOk();
		assertThat(body(refused)).contains("گذرواژه باید دست‌کم ۱۰ نویسه باشد", "value=\"new.editor\"", "دبیر تازه");
	}

	@Test
	void anAccountThatDoesNotExistIsAPersian404() throws Exception {
		var admin = logIn(staffWithPassword(Set.of(Role.ADMIN)), "a-real-password-1");

		var missing = mvc.get().uri("/admin/accounts/987654321").cookie(admin).exchange();

		assertThat(missing).hasStatus(404);
		assertThat(body(missing)).contains("این حساب کاربری پیدا نشد.");
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
