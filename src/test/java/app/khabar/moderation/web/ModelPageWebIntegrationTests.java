package app.khabar.moderation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import jakarta.servlet.http.Cookie;

import app.khabar.account.Role;
import app.khabar.moderation.DeskFixtures;
import app.khabar.moderation.ModerationDesk;
import app.khabar.moderation.ModerationRules;
import app.khabar.moderation.NoModel;
import app.khabar.moderation.RejectReason;
import app.khabar.moderation.RiskThresholds;
import app.khabar.moderation.ScreeningModels;
import app.khabar.moderation.screening.RiskModelTestFiles;

/**
 * The operator's model page: the model's state and figures, the thresholds form with
 * Persian refusals (422, the typed values kept, nothing saved), and training again in the
 * background; an article's own thresholds on its comment settings page.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(DeskFixtures.class)
class ModelPageWebIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	DeskFixtures fixtures;

	@Autowired
	ModerationRules rules;

	@Autowired
	ScreeningModels models;

	@Autowired
	ModerationDesk desk;

	Cookie session;

	@BeforeEach
	void signIn() {
		session = login(fixtures.moderator("ناظر مدل").username());
	}

	@Value("${khabar.data-dir}")
	String dataDir;

	/** Other tests of this context expect no model, as on a new site. */
	@AfterEach
	void noModel() throws Exception {
		NoModel.restore(models, dataDir);
	}

	@AfterEach
	void siteDefaults() {
		rules.setRiskThresholds(RiskThresholds.SITE_DEFAULT);
		rules.setRiskModelOn(true);
		rules.setTrainAutomatically(false);
	}

	@Test
	void thePageShowsTheModelItsFiguresAndTheThresholds() throws Exception {
		var info = models.train(RiskModelTestFiles.labelled());

		String page = page();

		assertThat(page).contains("مدل غربالگری نظرات", "href=\"/moderation/model\"", "مدل روشن است", "آموزش دوباره",
				"امتیاز F1", "value=\"۰٫۸\"");
		assertThat(page).contains("<dd>" + persian(info.version()) + "</dd>",
				"<dd>" + persian(info.examples()) + "</dd>");
	}

	@Test
	void savedThresholdsAndSwitchesApplyToTheSite() {
		var saved = mvc.post()
			.uri("/moderation/model/settings")
			.param("low", "۰٫۲")
			.param("hold", "0.75")
			.param("reject", "۰/۹۵")
			.param("trainAuto", "true")
			.cookie(session)
			.with(csrf())
			.exchange();

		assertThat(saved).hasStatus(303).hasRedirectedUrl("/moderation/model");
		assertThat(rules.riskThresholds()).isEqualTo(new RiskThresholds(0.2, 0.75, 0.95));
		assertThat(rules.riskModelOn()).as("the box left unticked turns the model off").isFalse();
		assertThat(rules.trainAutomatically()).isTrue();
	}

	@Test
	void aThresholdThatIsNoNumberOrOutOfOrderIsRefusedInPersianAndNothingIsSaved() throws Exception {
		for (String[] typed : new String[][] { { "", "زیاد", "" }, { "0.9", "0.5", "" }, { "", "1.5", "" },
				{ "", "0.8", "NaN" }, { "", "-0.1", "" } }) {
			var refused = mvc.post()
				.uri("/moderation/model/settings")
				.param("low", typed[0])
				.param("hold", typed[1])
				.param("reject", typed[2])
				.param("on", "true")
				.param("trainAuto", "true")
				.cookie(session)
				.with(csrf())
				.exchange();

			assertThat(refused).as(String.join(" ", typed)).hasStatus(422);
			assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8))
				.contains("آستانه‌ها باید میان ۰ و ۱ باشند", "value=\"" + typed[1] + "\"");
		}
		assertThat(rules.riskThresholds()).isEqualTo(RiskThresholds.SITE_DEFAULT);
		assertThat(rules.trainAutomatically()).isFalse();
	}

	@Test
	void trainingAgainFromTheModeratorsDecisionsRunsInTheBackgroundAndSwapsTheModelIn() throws Exception {
		var moderator = fixtures.moderator("ناظر آموزش");
		long article = fixtures.article(DeskFixtures.unique("train"), "خبر آموزش مدل");
		Instant at = Instant.parse("2026-12-01T08:00:00Z");
		for (String text : new String[] { "احمق بی‌شرف خفه شو", "مزدور نفهم خفه شو", "کثافت احمق" }) {
			desk.reject(moderator, fixtures.pending(article, "الف", text, at), 0, RejectReason.INSULT, null);
		}
		for (String text : new String[] { "گزارش خوبی بود، ممنون", "قیمت نان در شهر ما هم بالا رفته است",
				"کاش دربارهٔ مدرسه‌ها هم بنویسید" }) {
			desk.approve(moderator, fixtures.pending(article, "ب", text, at), 0);
		}
		var before = models.status().loaded();

		assertThat(mvc.post().uri("/moderation/model/train").cookie(session).with(csrf()).exchange()).hasStatus(303)
			.hasRedirectedUrl("/moderation/model");

		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (models.status().training() && Instant.now().isBefore(deadline)) {
			Thread.sleep(50);
		}
		var status = models.status();
		assertThat(status.training()).isFalse();
		assertThat(status.lastFailure()).isNull();
		assertThat(status.loaded()).isNotNull();
		assertThat(before == null || status.loaded().version() > before.version()).isTrue();
		assertThat(page()).contains("<dd>" + persian(status.loaded().version()) + "</dd>");
	}

	@Test
	void anArticleTakesThresholdsOfItsOwnOnItsCommentSettingsPage() throws Exception {
		long article = fixtures.article(DeskFixtures.unique("risk"), "خبر حساس");

		assertThat(mvc.post()
			.uri("/moderation/articles/{id}/risk", article)
			.param("low", "")
			.param("hold", "۰٫۵")
			.param("reject", "")
			.cookie(session)
			.with(csrf())
			.exchange()).hasStatus(303).hasRedirectedUrl("/moderation/articles/" + article);
		assertThat(rules.articleRiskThresholds(article)).isEqualTo(new RiskThresholds(null, 0.5, null));
		var settings = mvc.get().uri("/moderation/articles/{id}", article).cookie(session).exchange();
		assertThat(settings).hasStatusOk();
		assertThat(settings.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("value=\"۰٫۵\"",
				"placeholder=\"۰٫۸\"");

		// a pass threshold above the site's hold, which this article inherits then
		var refused = mvc.post()
			.uri("/moderation/articles/{id}/risk", article)
			.param("low", "0.9")
			.param("hold", "")
			.param("reject", "")
			.cookie(session)
			.with(csrf())
			.exchange();
		assertThat(refused).hasStatus(422);
		assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("آستانه‌ها باید میان ۰ و ۱ باشند", "value=\"0.9\"");
		assertThat(rules.articleRiskThresholds(article)).isEqualTo(new RiskThresholds(null, 0.5, null));
	}

	@Test
	void aReporterCannotReachThePage() {
		var reporter = login(fixtures.staff("خبرنگار مدل", Role.REPORTER).username());

		assertThat(mvc.get().uri("/moderation/model").cookie(reporter).exchange()).hasStatus(403);
		assertThat(mvc.post().uri("/moderation/model/train").cookie(reporter).with(csrf()).exchange()).hasStatus(403);
	}

	private Cookie login(String username) {
		return mvc.post()
			.uri("/login")
			.param("username", username)
			.param("password", DeskFixtures.PASSWORD)
			.with(csrf())
			.exchange()
			.getResponse()
			.getCookie("SESSION");
	}

	private String page() throws Exception {
		var page = mvc.get().uri("/moderation/model").cookie(session).exchange();
		assertThat(page).hasStatusOk();
		return page.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static String persian(long n) {
		return app.khabar.persian.PersianDigits.format(n);
	}

}
