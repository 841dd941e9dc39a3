package app.khabar.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import app.khabar.support.MutableClock;

/**
 * Signing in with a second factor through the real security chain and pages: no staff
 * authority between the password and the code, wrong codes throttled, recovery codes,
 * enrolment forced by a role, and the admin's screen.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClock.Config.class)
class TwoFactorSignInIntegrationTests {

	private static final Pattern SECRET = Pattern.compile("id=\"two-factor-secret\" dir=\"ltr\">([A-Z2-7 ]+)</code>");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountManagement management;

	@Autowired
	TwoFactor twoFactor;

	@Autowired
	Accounts accounts;

	@Autowired
	MutableClock clock;

	StaffMember member(Role... roles) {
		var username = AccountsIntegrationTests.unique("signin.");
		var id = management.create(new NewAccount(username, "مریم رضایی", "one-time-password-9", Set.of(roles)));
		management.changeOwnPassword(id, "one-time-password-9", "the-real-password");
		return management.staff(id).orElseThrow();
	}

	byte[] enrol(StaffMember member) {
		var secret = new Base32().decode(twoFactor.enrolment(member).secret());
		twoFactor.confirm(member, code(secret));
		clock.advance(Totp.STEP);
		return secret;
	}

	String code(byte[] secret) {
		return Totp.code(secret, Totp.step(clock.instant()));
	}

	MvcTestResult password(StaffMember member) {
		return mvc.post()
			.uri("/login")
			.param("username", member.username())
			.param("password", "the-real-password")
			.with(csrf())
			.exchange();
	}

	MvcTestResult code(Cookie session, String code) {
		return mvc.post().uri("/login/code").cookie(session).param("code", code).with(csrf()).exchange();
	}

	static String body(MvcTestResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	static String wrongCode(byte[] secret, MutableClock clock) {
		for (int guess = 0;; guess++) {
			var candidate = "%06d".formatted(guess);
			if (Totp.matchingStep(secret, candidate, clock.instant()).isEmpty()) {
				return candidate;
			}
		}
	}

	@Test
	void betweenThePasswordAndTheCodeAMemberReachesNoStaffPage() throws Exception {
		var editor = member(Role.EDITOR, Role.ADMIN);
		var secret = enrol(editor);

		var afterPassword = password(editor);
		assertThat(afterPassword).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/login/code");
		var pending = SecurityRulesIntegrationTests.sessionCookie(afterPassword);
		for (var path : List.of("/newsroom", "/newsroom/drafts", "/admin/accounts", "/admin/two-factor", "/moderation",
				"/account/password", "/account/two-factor")) {
			assertThat(mvc.get().uri(path).cookie(pending).exchange()).as(path)
				.hasStatus3xxRedirection()
				.redirectedUrl()
				.isEqualTo("/login/code");
		}
		assertThat(
				mvc.post().uri("/admin/accounts").cookie(pending).with(csrf()).param("username", "intruder").exchange())
			.hasStatus3xxRedirection()
			.redirectedUrl()
			.isEqualTo("/login/code");

		var form = mvc.get().uri("/login/code").cookie(pending).exchange();
		assertThat(form).hasStatusOk();
		assertThat(body(form)).contains("<h1>کد ورود دومرحله‌ای</h1>", "name=\"code\"",
				"autocomplete=\"one-time-code\"");
		assertThat(form.getResponse().getHeader("Cache-Control")).contains("no-store");

		assertThat(code(pending, wrongCode(secret, clock))).hasStatus3xxRedirection()
			.redirectedUrl()
			.isEqualTo("/login/code?error");
		assertThat(body(mvc.get().uri("/login/code?error").cookie(pending).exchange()))
			.contains("کد درست نیست یا پیش‌تر به کار رفته است.");

		var signedIn = code(pending, code(secret));
		assertThat(signedIn).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/admin/accounts");
		var session = SecurityRulesIntegrationTests.sessionCookie(signedIn);
		assertThat(session.getValue()).as("a new session id once the code is right").isNotEqualTo(pending.getValue());
		assertThat(mvc.get().uri("/newsroom").cookie(session).exchange()).hasStatusOk();
		assertThat(mvc.get().uri("/newsroom").cookie(pending).exchange()).hasStatus3xxRedirection()
			.redirectedUrl()
			.endsWith("/login");
	}

	@Test
	void membersWithoutTwoFactorSignInWithThePasswordAloneAndNobodyElseSeesTheCodePage() {
		var reporter = member(Role.REPORTER);
		var login = password(reporter);
		assertThat(login).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/newsroom");
		var session = SecurityRulesIntegrationTests.sessionCookie(login);

		assertThat(mvc.get().uri("/login/code").cookie(session).exchange()).hasStatus3xxRedirection()
			.redirectedUrl()
			.isEqualTo("/login");
		assertThat(mvc.get().uri("/login/code").exchange()).hasStatus3xxRedirection()
			.redirectedUrl()
			.endsWith("/login");
		assertThat(mvc.post().uri("/login/code").param("code", "123456").with(csrf()).exchange())
			.hasStatus3xxRedirection()
			.redirectedUrl()
			.isEqualTo("/login");
		assertThat(mvc.post().uri("/login/code").cookie(session).param("code", "123456").exchange())
			.as("the code form needs its CSRF token")
			.hasStatus(403);
	}

	@Test
	void wrongCodesLockTheCodeStepAndAnOldPendingSignInStartsAgain() throws Exception {
		var moderator = member(Role.MODERATOR);
		var secret = enrol(moderator);
		var pending = SecurityRulesIntegrationTests.sessionCookie(password(moderator));

		for (int i = 0; i < 5; i++) {
			assertThat(code(pending, wrongCode(secret, clock))).redirectedUrl().isEqualTo("/login/code?error");
		}
		assertThat(code(pending, code(secret))).redirectedUrl().isEqualTo("/login/code?locked");
		assertThat(body(mvc.get().uri("/login/code?locked").cookie(pending).exchange()))
			.contains("به دلیل چند کد نادرست، ورود با این حساب برای مدتی بسته شده است.");

		clock.advance(Duration.ofMinutes(11));
		assertThat(code(pending, code(secret))).as("the password was right more than ten minutes ago")
			.hasStatus3xxRedirection()
			.redirectedUrl()
			.isEqualTo("/login");
		assertThat(mvc.get().uri("/moderation").cookie(pending).exchange()).redirectedUrl().endsWith("/login");
	}

	@Test
	void aRecoveryCodeSignsInOnceAndTheSavedPageIsKept() throws Exception {
		var moderator = member(Role.MODERATOR);
		var secret = new Base32().decode(twoFactor.enrolment(moderator).secret());
		var recovery = twoFactor.confirm(moderator, code(secret));

		var first = mvc.get().uri("/moderation").exchange();
		assertThat(first).redirectedUrl().endsWith("/login");
		// no session before sign-in: the page asked for is kept in a cookie
		var savedPage = first.getResponse().getCookie("REDIRECT_URI");
		assertThat(savedPage).isNotNull();
		var pending = mvc.post()
			.uri("/login")
			.cookie(savedPage)
			.param("username", moderator.username())
			.param("password", "the-real-password")
			.with(csrf())
			.exchange();
		assertThat(pending).redirectedUrl().isEqualTo("/login/code");
		var cookie = SecurityRulesIntegrationTests.sessionCookie(pending);
		assertThat(mvc.get().uri("/moderation").cookie(cookie, savedPage).exchange())
			.as("the page asked for again before the code")
			.redirectedUrl()
			.endsWith("/login/code");

		var signedIn = mvc.post()
			.uri("/login/code")
			.cookie(cookie, savedPage)
			.param("code", recovery.get(3))
			.with(csrf())
			.exchange();
		assertThat(signedIn).as("and still the page after the code")
			.hasStatus3xxRedirection()
			.redirectedUrl()
			.endsWith("/moderation");
		assertThat(
				mvc.get().uri("/moderation").cookie(SecurityRulesIntegrationTests.sessionCookie(signedIn)).exchange())
			.hasStatusOk();

		var again = SecurityRulesIntegrationTests.sessionCookie(password(moderator));
		assertThat(code(again, recovery.get(3))).redirectedUrl().isEqualTo("/login/code?error");
	}

	@Test
	void aMemberOfARequiredRoleIsSentToEnrolmentAndCanDoNothingElseUntilEnrolled() throws Exception {
		var admin = accounts.findByUsername(FirstAdmin.USERNAME).orElseThrow().summary().toStaffMember();
		var moderator = member(Role.MODERATOR);
		twoFactor.requireFor(admin, Set.of(Role.MODERATOR));
		try {
			var session = SecurityRulesIntegrationTests.sessionCookie(password(moderator));
			for (var path : List.of("/moderation", "/moderation/queue", "/newsroom", "/admin/accounts")) {
				assertThat(mvc.get().uri(path).cookie(session).exchange()).as(path)
					.hasStatus3xxRedirection()
					.redirectedUrl()
					.isEqualTo("/account/two-factor");
			}
			var page = mvc.get().uri("/account/two-factor").cookie(session).exchange();
			assertThat(page).hasStatusOk();
			var html = body(page);
			assertThat(html).contains("نقش شما ورود دومرحله‌ای را لازم دارد", "<svg", "<path d=\"M");
			var matcher = SECRET.matcher(html);
			assertThat(matcher.find()).as("the secret on the page").isTrue();
			var secret = new Base32().decode(matcher.group(1).replace(" ", ""));

			var wrong = mvc.post()
				.uri("/account/two-factor")
				.cookie(session)
				.with(csrf())
				.param("code", wrongCode(secret, clock))
				.exchange();
			assertThat(body(wrong)).contains("کد درست نیست");
			var codes = mvc.post()
				.uri("/account/two-factor")
				.cookie(session)
				.with(csrf())
				.param("code", code(secret))
				.exchange();
			assertThat(codes).hasStatusOk();
			assertThat(Pattern.compile("<li><code>[a-z2-9]{5}-[a-z2-9]{5}</code></li>").matcher(body(codes)).results())
				.hasSize(10);

			assertThat(mvc.get().uri("/moderation").cookie(session).exchange()).hasStatusOk();
			assertThat(body(mvc.get().uri("/account/two-factor").cookie(session).exchange()))
				.contains("id=\"two-factor-state\"")
				.doesNotContain("two-factor-secret");
			clock.advance(Totp.STEP);
			assertThat(password(moderator)).as("from now on with a code").redirectedUrl().isEqualTo("/login/code");
		}
		finally {
			twoFactor.requireFor(admin, Set.of());
		}
	}

	@Test
	void anAdminRequiresRolesAndResetsAMembersTwoFactorOnTheAdminScreen() throws Exception {
		var admin = member(Role.ADMIN);
		var editor = member(Role.EDITOR);
		enrol(editor);
		var adminSession = SecurityRulesIntegrationTests.sessionCookie(password(admin));

		var screen = mvc.get().uri("/admin/two-factor").cookie(adminSession).exchange();
		assertThat(screen).hasStatusOk();
		assertThat(body(screen)).contains("<h1>ورود دومرحله‌ای کارکنان</h1>", editor.username(),
				"/admin/two-factor/" + editor.id().value() + "/reset");

		var otherEditor = SecurityRulesIntegrationTests.sessionCookie(password(member(Role.EDITOR)));
		assertThat(mvc.post()
			.uri("/admin/two-factor/" + editor.id().value() + "/reset")
			.cookie(otherEditor)
			.with(csrf())
			.exchange()).as("not for an editor").hasStatus(403);
		assertThat(twoFactor.enabled(editor.id())).isTrue();

		var reset = mvc.post()
			.uri("/admin/two-factor/" + editor.id().value() + "/reset")
			.cookie(adminSession)
			.with(csrf())
			.exchange();
		assertThat(reset).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/admin/two-factor");
		assertThat(twoFactor.enabled(editor.id())).isFalse();
		var after = body(mvc.get().uri("/admin/two-factor").cookie(adminSession).exchange());
		assertThat(after).contains("ورود دومرحله‌ای این حساب بازنشانی شد.",
				"ورود دومرحله‌ای " + editor.username() + " بازنشانی شد.");
		assertThat(password(editor)).as("the password alone after a reset").redirectedUrl().isEqualTo("/newsroom");

		var roles = mvc.post()
			.uri("/admin/two-factor/roles")
			.cookie(adminSession)
			.with(csrf())
			.param("roles", "EDITOR", "MODERATOR")
			.exchange();
		assertThat(roles).hasStatus3xxRedirection();
		try {
			assertThat(twoFactor.requiredRoles()).containsExactlyInAnyOrder(Role.EDITOR, Role.MODERATOR);
			assertThat(body(mvc.get().uri("/admin/two-factor").cookie(adminSession).exchange()))
				.contains("value=\"EDITOR\" checked", "لازم است ولی هنوز روشن نشده");
		}
		finally {
			mvc.post().uri("/admin/two-factor/roles").cookie(adminSession).with(csrf()).exchange();
		}
		assertThat(twoFactor.requiredRoles()).isEmpty();
		var reporter = SecurityRulesIntegrationTests.sessionCookie(password(member(Role.REPORTER)));
		assertThat(mvc.get().uri("/admin/two-factor").cookie(reporter).exchange()).hasStatus(403);
	}

}
