package app.khabar.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Staff sessions are database rows (Spring Session JDBC, the real repository here): an
 * anonymous visitor writes none, only a sign-in does, with the login form's token from a
 * cookie; expired sessions are cleaned up. H2 here, PostgreSQL in the subclass.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StaffSessionsIntegrationTests {

	private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountManagement management;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcIndexedSessionRepository sessions;

	long storedSessions() {
		return jdbc.sql("SELECT COUNT(*) FROM spring_session").query(Long.class).single();
	}

	@Test
	void anonymousVisitsStoreNoSessionAndASignInStoresOne() throws Exception {
		var username = AccountsIntegrationTests.unique("moderator.");
		var id = management.create(new NewAccount(username, "ناظر", "one-time-password-5", Set.of(Role.MODERATOR)));
		management.changeOwnPassword(id, "one-time-password-5", "the-moderators-password");
		long before = storedSessions();

		MvcTestResult loginPage = null;
		for (int i = 0; i < 20; i++) {
			loginPage = mvc.get().uri("/login").exchange();
			assertThat(loginPage).hasStatusOk();
			assertThat(mvc.get().uri("/moderation/decisions").exchange()).redirectedUrl().endsWith("/login");
			assertThat(mvc.get().uri("/").exchange().getResponse().getStatus()).isLessThan(400);
		}
		assertThat(storedSessions()).as("sessions after 60 anonymous page views").isEqualTo(before);
		assertThat(loginPage.getResponse().getCookie("SESSION")).isNull();

		// the browser's way in: the form's token and its cookie, the saved page, no
		// session until the password is right
		var csrfCookie = loginPage.getResponse().getCookie("XSRF-TOKEN");
		assertThat(csrfCookie).as("the login form's token cookie").isNotNull();
		assertThat(csrfCookie.getPath()).isEqualTo("/login");
		var matcher = FORM_TOKEN.matcher(loginPage.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(matcher.find()).isTrue();
		var savedPage = mvc.get().uri("/moderation/decisions").exchange().getResponse().getCookie("REDIRECT_URI");
		assertThat(savedPage).isNotNull();
		var wrong = signIn(username, "wrong-password", matcher.group(1), csrfCookie, savedPage);
		assertThat(wrong).redirectedUrl().isEqualTo("/login?error");
		assertThat(storedSessions()).isEqualTo(before);
		assertThat(signIn(username, "the-moderators-password", "forged", csrfCookie, savedPage)).hasStatus(403);
		assertThat(storedSessions()).isEqualTo(before);

		var signedIn = signIn(username, "the-moderators-password", matcher.group(1), csrfCookie, savedPage);

		assertThat(signedIn).as("back to the page first asked for, on this host")
			.redirectedUrl()
			.isEqualTo("http://localhost/moderation/decisions");
		assertThat(storedSessions()).isEqualTo(before + 1);
		var session = signedIn.getResponse().getCookie("SESSION");
		assertThat(mvc.get().uri("/moderation/decisions").cookie(session).exchange()).hasStatusOk();
		assertThat(storedSessions()).isEqualTo(before + 1);
	}

	@Test
	void expiredSessionsAreCleanedUpEveryMinute() {
		assertThat(ReflectionTestUtils.getField(sessions, "cleanupCron")).isEqualTo("0 * * * * *");
		assertThat(ReflectionTestUtils.getField(sessions, "taskScheduler")).as("the clean-up is scheduled").isNotNull();

		var expired = save(sessions, Instant.now().minus(Duration.ofHours(1)));
		var live = save(sessions, Instant.now());

		sessions.cleanUpExpiredSessions();

		assertThat(jdbc.sql("SELECT session_id FROM spring_session WHERE session_id IN (:ids)")
			.param("ids", List.of(expired, live))
			.query(String.class)
			.list()).containsExactly(live);
		sessions.deleteById(live);
	}

	/** A session last used at {@code lastAccessed}, which expires 30 minutes after it. */
	private static <S extends Session> String save(SessionRepository<S> repository, Instant lastAccessed) {
		S session = repository.createSession();
		session.setMaxInactiveInterval(Duration.ofMinutes(30));
		session.setLastAccessedTime(lastAccessed);
		repository.save(session);
		return session.getId();
	}

	private MvcTestResult signIn(String username, String password, String token, Cookie... cookies) {
		return mvc.post()
			.uri("/login")
			.param("username", username)
			.param("password", password)
			.param("_csrf", token)
			.cookie(cookies)
			.exchange();
	}

}
