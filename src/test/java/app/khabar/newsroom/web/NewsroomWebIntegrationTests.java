package app.khabar.newsroom.web;

import static app.khabar.account.StaffLogins.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import app.khabar.account.Role;
import app.khabar.article.ArticleContent;
import app.khabar.article.ArticleDesk;
import app.khabar.article.ArticleImport;
import app.khabar.article.ArticleKind;
import app.khabar.article.ArticleLifecycle;
import app.khabar.article.ArticleStatus;
import app.khabar.article.Byline;
import app.khabar.article.CommentSettings;
import app.khabar.article.Media;
import app.khabar.article.ShortLinks;
import app.khabar.article.Source;
import app.khabar.web.Notice;

/**
 * The newsroom over HTTP: forms, version conflicts with both texts, permissions, bad
 * input as Persian 4xx, and what readers then see (corrections, short links, the
 * retraction notice).
 */
@SpringBootTest(properties = { "khabar.newsroom.scheduled-publishing=false", "khabar.demo.enabled=false" })
@AutoConfigureMockMvc
class NewsroomWebIntegrationTests {

	// spring-security-test's MockMvc customizer is not on the classpath (Boot 4 moved
	// it): users go per request
	static final RequestPostProcessor sara = staff("sara", Role.REPORTER);

	static final RequestPostProcessor maryam = staff("maryam", Role.EDITOR);

	static final RequestPostProcessor moderator = staff("moderator", Role.MODERATOR);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ArticleImport imports;

	@Autowired
	ArticleLifecycle lifecycle;

	@Autowired
	ArticleDesk desk;

	long politics;

	@BeforeEach
	void section() {
		politics = imports.ensureSection("politics", "سیاسی").id();
	}

	@Test
	void aReporterWritesADraftWhoseHostileHtmlIsSanitized() {
		MvcTestResult created = mvc.post()
			.uri("/newsroom/articles")
			.with(sara)
			.with(csrf())
			.param("version", "0")
			.param("section", Long.toString(politics))
			.param("kind", "STORY")
			.param("kicker", "گزارش ویژه")
			.param("title", "همکاری‌های تازهٔ دو کشور در حوزهٔ انرژی")
			.param("lead", "وزیران دو کشور امروز دیدار کردند.")
			.param("body", "<p onmouseover=\"steal()\">متن با نیم‌فاصله: می‌گویند</p><script>alert('x')</script>"
					+ "<a href=\"javascript:alert(1)\">پیوند</a><img src=x onerror=alert(1)>"
					+ "<p style=\"background:url(javascript:alert(1))\">سبک</p><iframe src=\"https://evil.example/\"></iframe>")
			.param("tags", "انرژی، دیپلماسی,نفت")
			.param("commentsOpen", "true")
			.param("moderation", "PRE")
			.param("closeDays", "۷")
			.exchange();
		assertThat(created).hasStatus(303);
		String location = created.getResponse().getHeader(HttpHeaders.LOCATION);
		assertThat(location).matches("/newsroom/articles/\\d+/edit");
		assertThat(created.getMvcResult().getFlashMap().get(Notice.ATTRIBUTE))
			.isEqualTo(new Notice("newsroom.done.created", List.of(), false));
		long id = Long.parseLong(location.split("/")[3]);

		var stored = desk.find(id).orElseThrow();
		assertThat(stored.createdBy()).isEqualTo("sara");
		assertThat(stored.status()).isEqualTo(ArticleStatus.DRAFT);
		assertThat(stored.article().title()).isEqualTo("همکاری‌های تازهٔ دو کشور در حوزهٔ انرژی");
		assertThat(stored.article().bodyHtml()).contains("متن با نیم‌فاصله: می‌گویند")
			.doesNotContain("script", "onmouseover", "javascript", "onerror", "style", "iframe", "evil");
		assertThat(stored.article().tags()).containsExactly("انرژی", "دیپلماسی", "نفت");
		assertThat(stored.article().comments().closeAfterDays()).isEqualTo(7);

		String page = html(mvc.get().uri(location).with(sara).cookie(created.getResponse().getCookies()).exchange());
		assertThat(page).contains("پیش‌نویس ساخته شد.", "همکاری‌های تازهٔ دو کشور", "/js/editor", "dir=\"rtl\"");
	}

	@Test
	void aFormWithoutTitleIsShownAgainWithAPersianError() {
		MvcTestResult result = mvc.post()
			.uri("/newsroom/articles")
			.with(sara)
			.with(csrf())
			.param("version", "0")
			.param("section", Long.toString(politics))
			.param("kind", "STORY")
			.param("title", "   ")
			.param("body", "<p>متنی که نباید گم شود</p>")
			.param("mediaRef", "javascript:alert(1)")
			.exchange();
		assertThat(result).hasStatus(422);
		assertThat(html(result)).contains("تیتر را بنویسید.", "نشانی تصویر باید", "متنی که نباید گم شود");
	}

	@Test
	void aSaveOverANewerVersionShowsBothTextsAndLosesNothing() {
		long id = lifecycle.create("sara", content("تیتر نخست", "<p>متن نخست</p>"));
		lifecycle.save("maryam", id, 0, content("تیتر مریم", "<p>متن مریم دربارهٔ نشست</p>"));

		MvcTestResult result = mvc.post()
			.uri("/newsroom/articles/" + id)
			.with(sara)
			.with(csrf())
			.param("version", "0")
			.param("section", Long.toString(politics))
			.param("kind", "STORY")
			.param("title", "تیتر سارا")
			.param("body", "<p>متن سارا دربارهٔ نشست</p>")
			.exchange();

		assertThat(result).hasStatus(409);
		String page = html(result);
		assertThat(page).contains("کس دیگری این خبر را پیش از شما ذخیره کرده است", "تیتر سارا", "تیتر مریم", "<del>",
				"<ins>");
		assertThat(desk.find(id).orElseThrow().article().title()).isEqualTo("تیتر مریم");
		assertThat(desk.autosave(id, "sara"))
			.hasValueSatisfying(r -> assertThat(r.content().title()).isEqualTo("تیتر سارا"));
		// the form now carries the stored version: saving again replaces it, knowingly
		assertThat(page).contains("name=\"version\" value=\"1\"");
	}

	@Test
	void autosaveKeepsWorkAndSaysWhenSomeoneSavedMeanwhile() {
		long id = lifecycle.create("sara", content("تیتر", "<p>متن</p>"));
		MvcTestResult fresh = mvc.post()
			.uri("/newsroom/articles/" + id + "/autosave")
			.with(sara)
			.with(csrf())
			.param("version", "0")
			.param("title", "تیتر در حال نوشتن")
			.param("body", "<p>نیمه‌کاره</p>")
			.exchange();
		assertThat(fresh).hasStatusOk();
		assertThat(fresh).bodyJson().extractingPath("$.stale").isEqualTo(false);

		lifecycle.save("maryam", id, 0, content("تیتر مریم", "<p>متن</p>"));
		MvcTestResult stale = mvc.post()
			.uri("/newsroom/articles/" + id + "/autosave")
			.with(sara)
			.with(csrf())
			.param("version", "0")
			.param("title", "تیتر در حال نوشتن")
			.exchange();
		assertThat(stale).bodyJson().extractingPath("$.stale").isEqualTo(true);
		assertThat(desk.find(id).orElseThrow().article().title()).isEqualTo("تیتر مریم");
	}

	@Test
	void anAutosaveIsAnsweredInJsonWhateverTheAcceptHeaderAsksFor() {
		long id = lifecycle.create("sara", content("تیتر", "<p>متن</p>"));
		MvcTestResult saved = mvc.post()
			.uri("/newsroom/articles/" + id + "/autosave")
			.with(sara)
			.with(csrf())
			.header("Accept", "text/html")
			.param("version", "0")
			.param("title", "تیتر در حال نوشتن")
			.exchange();
		assertThat(saved).hasStatusOk();
		assertThat(saved).bodyJson().extractingPath("$.saved").isEqualTo(true);
	}

	@Test
	void anAutosaveOfANewArticleCreatesTheDraft() {
		MvcTestResult result = mvc.post()
			.uri("/newsroom/articles")
			.with(sara)
			.with(csrf())
			.header("X-Autosave", "1")
			.param("version", "0")
			.param("section", Long.toString(politics))
			.param("kind", "STORY")
			.param("title", "پیش‌نویس خودکار")
			.exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.edit").asString().startsWith("/newsroom/articles/");
	}

	@Test
	void reportersCannotPublishNorEditOthersArticles() {
		long own = lifecycle.create("sara", content("خبر سارا", "<p>متن</p>"));
		long others = lifecycle.create("reza", content("خبر رضا", "<p>متن</p>"));
		assertThat(
				mvc.post().uri("/newsroom/articles/" + own + "/publish").with(sara).with(csrf()).param("version", "0"))
			.hasStatus(403);
		MvcTestResult edit = mvc.post()
			.uri("/newsroom/articles/" + others)
			.with(sara)
			.with(csrf())
			.param("version", "0")
			.param("section", Long.toString(politics))
			.param("kind", "STORY")
			.param("title", "دست‌کاری")
			.exchange();
		assertThat(edit).hasStatus(403);
		assertThat(html(edit)).contains("اجازهٔ این کار را در تحریریه ندارید.");
		assertThat(
				mvc.post().uri("/newsroom/articles/" + own + "/submit").with(sara).with(csrf()).param("version", "0"))
			.hasStatus(303);
		assertThat(desk.find(own).orElseThrow().status()).isEqualTo(ArticleStatus.IN_REVIEW);
	}

	@Test
	void staffWithoutANewsroomRoleIsRefused() {
		assertThat(mvc.get().uri("/newsroom").with(moderator)).hasStatus(403);
		assertThat(mvc.get().uri("/newsroom/articles/new").with(moderator)).hasStatus(403);
	}

	@Test
	void aJalaliDateThatDoesNotExistIsAPersian400() {
		long id = lifecycle.create("sara", content("خبر", "<p>متن</p>"));
		MvcTestResult result = mvc.post()
			.uri("/newsroom/articles/" + id + "/schedule")
			.with(maryam)
			.with(csrf())
			.param("version", "0")
			.param("at", "۱۴۰۲/۱۲/۳۰ ۱۰:۰۰")
			.exchange();
		assertThat(result).hasStatus(400);
		assertThat(html(result)).contains("۳۰ اسفند");
		assertThat(desk.find(id).orElseThrow().status()).isEqualTo(ArticleStatus.DRAFT);
	}

	@Test
	void anEditorSchedulesWithAJalaliDateTime() {
		long id = lifecycle.create("sara", content("خبر زمان‌بندی", "<p>متن</p>"));
		MvcTestResult result = mvc.post()
			.uri("/newsroom/articles/" + id + "/schedule")
			.with(maryam)
			.with(csrf())
			.param("version", "0")
			.param("at", "١٤٣٠/٠١/٠١ ٠٩:٣٠")
			.exchange();
		assertThat(result).hasStatus(303);
		var stored = desk.find(id).orElseThrow();
		assertThat(stored.status()).isEqualTo(ArticleStatus.SCHEDULED);
		assertThat(html(mvc.get().uri("/newsroom/articles/" + id + "/edit").with(maryam).exchange()))
			.contains("۱۴۳۰/۰۱/۰۱ ۰۹:۳۰");
	}

	@Test
	void aStepTheStatusDoesNotAllowIsAPersian409() {
		long id = lifecycle.create("sara", content("پیش‌نویس", "<p>متن</p>"));
		MvcTestResult result = mvc.post()
			.uri("/newsroom/articles/" + id + "/retract")
			.with(maryam)
			.with(csrf())
			.param("version", "0")
			.param("reason", "دلیل")
			.exchange();
		assertThat(result).hasStatus(409);
		assertThat(html(result)).contains("این کار در وضعیت کنونی خبر ممکن نیست");
	}

	@Test
	void readersSeeCorrectionsTheShortLinkAndTheRetractionReason() {
		long id = lifecycle.create("sara", content("خبر منتشرشده", "<p>متن</p>"));
		assertThat(
				mvc.post().uri("/newsroom/articles/" + id + "/publish").with(maryam).with(csrf()).param("version", "0"))
			.hasStatus(303);
		assertThat(mvc.post()
			.uri("/newsroom/articles/" + id + "/correct")
			.with(maryam)
			.with(csrf())
			.param("version", "1")
			.param("note", "نام استان در نسخهٔ نخست اشتباه بود.")).hasStatus(303);

		MvcTestResult shortLink = mvc.get().uri(ShortLinks.path(id)).exchange();
		assertThat(shortLink).hasStatus(301);
		String canonical = shortLink.getResponse().getHeader(HttpHeaders.LOCATION);
		assertThat(canonical).startsWith("/news/" + id + "/");
		String article = html(mvc.get().uri(java.net.URI.create(canonical)).exchange());
		assertThat(article).contains("اصلاحیه", "نام استان در نسخهٔ نخست اشتباه بود.", ShortLinks.path(id));

		assertThat(mvc.post()
			.uri("/newsroom/articles/" + id + "/retract")
			.with(maryam)
			.with(csrf())
			.param("version", "2")
			.param("reason", "گزارش بر پایهٔ سندی جعلی بود.")).hasStatus(303);
		MvcTestResult retracted = mvc.get().uri(java.net.URI.create(canonical)).exchange();
		assertThat(retracted).hasStatus(410);
		assertThat(html(retracted)).contains("گزارش بر پایهٔ سندی جعلی بود.");
		assertThat(desk.auditOf(id)).hasSize(4);
		assertThat(html(mvc.get().uri("/newsroom/audit").with(maryam).exchange())).contains("پس‌گرفتن", "maryam");
	}

	@Test
	void previewRendersADraftWithThePublicTemplateAndRevisionsShowADiff() {
		long id = lifecycle.create("sara", content("پیش‌نمایش پیش‌نویس", "<p>متن نخست</p>"));
		long first = desk.revisions(id).getFirst().id();
		lifecycle.save("sara", id, 0, content("پیش‌نمایش پیش‌نویس", "<p>متن دوم</p>"));
		MvcTestResult preview = mvc.get().uri("/newsroom/articles/" + id + "/preview").with(maryam).exchange();
		assertThat(preview).hasStatusOk();
		assertThat(html(preview)).contains("class=\"article-title\"", "پیش‌نمایش پیش‌نویس", "noindex");
		assertThat(mvc.get().uri("/news/" + id)).hasStatus(404);

		String revisions = html(
				mvc.get().uri("/newsroom/articles/" + id + "/revisions?show=" + first).with(maryam).exchange());
		assertThat(revisions).contains("<del>نخست</del>", "<ins>دوم</ins>");
		assertThat(mvc.post()
			.uri("/newsroom/articles/" + id + "/revisions/" + first + "/restore")
			.with(maryam)
			.with(csrf())
			.param("version", "1")).hasStatus(303);
		assertThat(desk.find(id).orElseThrow().article().bodyHtml()).contains("متن نخست");
		assertThat(html(mvc.get().uri("/newsroom").with(maryam).exchange())).contains("پیش‌نمایش پیش‌نویس");
	}

	private ArticleContent content(String title, String body) {
		return new ArticleContent(politics, ArticleKind.STORY, null, title, "لید", body, new Source("خبر", null),
				Byline.NONE, List.of(), Media.NONE, CommentSettings.DEFAULT);
	}

	private static String html(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
