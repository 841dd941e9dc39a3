package app.khabar.moderation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import jakarta.servlet.http.Cookie;

import app.khabar.article.ArticleImport;
import app.khabar.article.ArticleKind;
import app.khabar.article.ArticleStatus;
import app.khabar.article.Byline;
import app.khabar.article.CommentSettings;
import app.khabar.article.Media;
import app.khabar.article.ModerationMode;
import app.khabar.article.NewArticle;
import app.khabar.article.Source;
import app.khabar.comment.CommentImport;
import app.khabar.comment.CommentStatus;
import app.khabar.comment.captcha.CaptchaVerifier;
import app.khabar.moderation.DeskFixtures;
import app.khabar.moderation.ModerationRules;
import app.khabar.moderation.SiteDefaults;
import app.khabar.support.AltchaSolver;

/**
 * The site-wide auto-close that moderators set on the desk, as readers meet it: the
 * article page (cached) shows the closed notice instead of the form as soon as the
 * setting is saved, the form comes back when it is cleared, and a comment sent anyway is
 * refused in Persian by the JSON API and by the plain form alike.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(DeskFixtures.class)
class SiteAutoCloseWebIntegrationTests {

	static final String CLOSED = "امکان ثبت نظر برای این خبر بسته شده است.";

	static final String FORM = "id=\"comment-form\"";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	DeskFixtures fixtures;

	@Autowired
	ArticleImport articles;

	@Autowired
	CommentImport comments;

	@Autowired
	CaptchaVerifier captcha;

	@Autowired
	ModerationRules rules;

	Cookie session;

	/** Published ten days ago, no auto-close of its own: the site's applies. */
	long inherits;

	/**
	 * Published ten days ago, closes after thirty days by its own setting: the site's
	 * does not apply.
	 */
	long ownMonth;

	long comment;

	@BeforeEach
	void anOldArticleAndAModerator() {
		var moderator = fixtures.moderator("نرگس داوری");
		var login = mvc.post()
			.uri("/login")
			.param("username", moderator.username())
			.param("password", DeskFixtures.PASSWORD)
			.with(csrf())
			.exchange();
		session = login.getResponse().getCookie("SESSION");
		Instant tenDaysAgo = Instant.now().minus(Duration.ofDays(10));
		inherits = article("قطعی برق در چند محلهٔ شیراز", new CommentSettings(true, ModerationMode.PRE, null),
				tenDaysAgo);
		ownMonth = article("افتتاح کتابخانهٔ عمومی در یزد", new CommentSettings(true, ModerationMode.PRE, 30),
				tenDaysAgo);
		comment = comments.store(inherits, null, "مهدی", "برق محلهٔ ما هم سه ساعت رفت.", "IR", CommentStatus.PUBLISHED,
				tenDaysAgo.plusSeconds(3600), 0, 0);
	}

	@AfterEach
	void noSiteAutoClose() {
		rules.setSiteDefaults(new SiteDefaults(null));
	}

	@Test
	void theArticlePageShowsTheClosedNoticeOnceTheSitesAutoCloseHasPassedAndTheFormWhenItIsCleared() throws Exception {
		assertThat(page(inherits)).contains(FORM).doesNotContain(CLOSED);

		assertThat(mvc.post()
			.uri("/moderation/rules/defaults")
			.param("autoCloseDays", "۷")
			.cookie(session)
			.with(csrf())
			.exchange()).hasStatus(303);

		assertThat(page(inherits)).doesNotContain(FORM)
			.doesNotContain("/comments/reply/" + comment)
			.contains(CLOSED, "برق محلهٔ ما هم سه ساعت رفت.");
		assertThat(page(ownMonth)).contains(FORM).doesNotContain(CLOSED);

		assertThat(mvc.post()
			.uri("/moderation/rules/defaults")
			.param("autoCloseDays", "")
			.cookie(session)
			.with(csrf())
			.exchange()).hasStatus(303);

		assertThat(page(inherits)).contains(FORM, "/comments/reply/" + comment).doesNotContain(CLOSED);
	}

	@Test
	void theModeratorsArticlePageTellsAnOpenArticleClosedByTheSitesAutoClose() throws Exception {
		assertThat(settingsPage(inherits)).contains("نظرات این خبر باز است.");

		rules.setSiteDefaults(new SiteDefaults(7));

		assertThat(settingsPage(inherits)).contains("مهلت نظردادن").doesNotContain("نظرات این خبر باز است.");
		assertThat(settingsPage(ownMonth)).contains("نظرات این خبر باز است.");
	}

	@Test
	void aLaterSiteAutoCloseKeepsTheFormOpen() throws Exception {
		assertThat(page(inherits)).contains(FORM);

		rules.setSiteDefaults(new SiteDefaults(11));

		assertThat(page(inherits)).contains(FORM).doesNotContain(CLOSED);
	}

	@Test
	void aCommentPastTheSitesAutoCloseIsRefusedInPersianByJsonAndByTheForm() {
		rules.setSiteDefaults(new SiteDefaults(7));

		var json = mvc.post()
			.uri("/api/v1/articles/{id}/comments", inherits)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"هنوز برق نیامده است\",\"altcha\":\"" + solution() + "\"}")
			.exchange();
		assertThat(json).hasStatus(422);
		assertThat(json).bodyJson().extractingPath("$.message").isEqualTo(CLOSED);

		var solved = mvc.post()
			.uri("/news/{id}/comments", inherits)
			.param("text", "هنوز برق نیامده است")
			.param("altcha", solution())
			.exchange();
		assertThat(solved).hasStatus(422);
		assertThat(solved).bodyText().contains(CLOSED, "هنوز برق نیامده است");

		// without JavaScript: refused at once, no captcha question to answer first
		var plain = mvc.post()
			.uri("/news/{id}/comments", inherits)
			.param("text", "هنوز برق نیامده است")
			.param("altcha", "")
			.exchange();
		assertThat(plain).hasStatus(422);
		assertThat(plain).bodyText().contains(CLOSED).doesNotContain("captchaAnswer");

		assertThat(mvc.get().uri("/news/{id}/comments/reply/{comment}", inherits, comment).exchange()).hasStatus(422);

		var open = mvc.post()
			.uri("/news/{id}/comments", ownMonth)
			.param("text", "کتابخانه ساعت چند باز است؟")
			.param("altcha", solution())
			.exchange();
		assertThat(open).hasStatus(303);
	}

	String settingsPage(long article) throws Exception {
		var page = mvc.get().uri("/moderation/articles/{id}", article).cookie(session).exchange();
		assertThat(page).hasStatusOk();
		return page.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	long article(String title, CommentSettings settings, Instant publishedAt) {
		articles.ensureSection("provinces", "استان‌ها");
		return articles.store(new NewArticle("provinces", ArticleKind.STORY, null, title, "گزارش خبرنگار ما از استان.",
				"<p>جزئیات در ادامه می‌آید.</p>", new Source("خبر", null), Byline.NONE, List.of("استان"), Media.NONE,
				ArticleStatus.PUBLISHED, settings, publishedAt, "test:" + System.nanoTime()));
	}

	/**
	 * The public article page, as an anonymous reader gets it (through the page caches).
	 */
	String page(long id) throws Exception {
		@Nullable String path = mvc.get().uri("/news/" + id).exchange().getResponse().getHeader(HttpHeaders.LOCATION);
		assertThat(path).isNotNull();
		var page = mvc.get().uri(URI.create(path)).exchange();
		assertThat(page).hasStatusOk();
		return page.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	String solution() {
		return AltchaSolver.solve(captcha.newChallenge());
	}

}
