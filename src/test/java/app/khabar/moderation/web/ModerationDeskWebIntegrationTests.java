package app.khabar.moderation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import jakarta.servlet.http.Cookie;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import app.khabar.account.StaffMember;
import app.khabar.article.ArticleCatalog;
import app.khabar.article.ModerationMode;
import app.khabar.comment.CommentReview;
import app.khabar.comment.CommentStatus;
import app.khabar.comment.spi.CommentScreening;
import app.khabar.comment.spi.ReasonCode;
import app.khabar.comment.spi.ScreeningRequest;
import app.khabar.comment.spi.Verdict;
import app.khabar.moderation.DeskFixtures;
import app.khabar.web.ClientHash;

/**
 * The desk's pages through the real security chain and templates: who may open them,
 * CSRF, decisions by plain forms and by JSON, Persian messages for conflicts, word lists
 * that screening applies at once, article settings.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(DeskFixtures.class)
class ModerationDeskWebIntegrationTests {

	static final Instant T0 = Instant.parse("2026-11-21T06:30:00Z");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	DeskFixtures fixtures;

	@Autowired
	CommentReview comments;

	@Autowired
	CommentScreening screening;

	@Autowired
	ArticleCatalog catalog;

	StaffMember moderator;

	Cookie session;

	long article;

	@BeforeEach
	void logIn() {
		moderator = fixtures.moderator("فرزانه ناظر");
		var login = mvc.post()
			.uri("/login")
			.param("username", moderator.username())
			.param("password", DeskFixtures.PASSWORD)
			.with(csrf())
			.exchange();
		assertThat(login).hasStatus3xxRedirection();
		session = login.getResponse().getCookie("SESSION");
		article = fixtures.article(DeskFixtures.unique("web"), "افزایش قیمت نان در تهران");
	}

	static String body(MvcTestResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void onlyModeratorsAndAdminsOpenTheDesk() {
		assertThat(mvc.get().uri("/moderation")).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
		assertThat(mvc.get().uri("/moderation").with(user("sara").roles("EDITOR"))).hasStatus(403);
		assertThat(mvc.get().uri("/moderation").cookie(session)).hasStatusOk();
		assertThat(mvc.get().uri("/moderation/rules").with(user("root").roles("ADMIN"))).hasStatusOk();
	}

	@Test
	void theQueueShowsPendingCommentsInPersianRightToLeft() throws Exception {
		long id = fixtures.pending(article, "کاوه", "نان سنگک دیگر به صرفه نیست", T0);

		var page = mvc.get().uri("/moderation?article=" + article).cookie(session).exchange();

		assertThat(page).hasStatusOk();
		assertThat(page.getResponse().getHeader("Cache-Control")).contains("no-store");
		assertThat(body(page)).contains("<html lang=\"fa\" dir=\"rtl\">", "صف بررسی نظرات", "کاوه",
				"نان سنگک دیگر به صرفه نیست", "افزایش قیمت نان در تهران", "data-id=\"" + id + "\"", "name=\"_csrf\"",
				"/js/moderation", "در انتظار بررسی");
	}

	@Test
	void decisionsNeedTheCsrfToken() {
		long id = fixtures.pending(article, "کاوه", "نظری برای آزمون توکن", T0);

		assertThat(mvc.post().uri("/moderation/comments/" + id + "/approve").param("version", "0").cookie(session))
			.hasStatus(403);
		assertThat(comments.find(id).orElseThrow().status()).isEqualTo(CommentStatus.PENDING);
	}

	@Test
	void aFormDecisionComesBackToTheQueueAndAStaleOneIsToldInPersian() throws Exception {
		long id = fixtures.pending(article, "کاوه", "نظری که دو بار بررسی می‌شود", T0);
		String back = "/moderation?article=" + article;

		var approved = mvc.post()
			.uri("/moderation/comments/" + id + "/approve")
			.param("version", "0")
			.param("back", back)
			.cookie(session)
			.with(csrf())
			.exchange();
		assertThat(approved).hasStatus(303).redirectedUrl().isEqualTo(back);
		assertThat(comments.find(id).orElseThrow().status()).isEqualTo(CommentStatus.PUBLISHED);
		// the browser follows the redirect: the notice is shown once
		assertThat(body(mvc.get().uri(back).cookie(session).exchange())).contains("نظر منتشر شد.");

		var stale = mvc.post()
			.uri("/moderation/comments/" + id + "/reject")
			.param("version", "0")
			.param("reason", "INSULT")
			.param("back", back)
			.cookie(session)
			.with(csrf())
			.exchange();
		assertThat(stale).hasStatus(303);
		var after = mvc.get().uri(back).cookie(session).flashAttrs(stale.getMvcResult().getFlashMap()).exchange();
		assertThat(body(after)).contains("این نظر را همکار دیگری هم‌زمان بررسی کرد");
		assertThat(comments.find(id).orElseThrow().status()).isEqualTo(CommentStatus.PUBLISHED);

		var offSite = mvc.post()
			.uri("/moderation/comments/" + id + "/approve")
			.param("version", "1")
			.param("back", "https://evil.example/")
			.cookie(session)
			.with(csrf())
			.exchange();
		assertThat(offSite).hasStatus(303).redirectedUrl().isEqualTo("/moderation");
	}

	@Test
	void theKeyboardScriptGetsJsonAndAPersianConflict() throws Exception {
		long id = fixtures.pending(article, "کاوه", "نظری برای درخواست جی‌سان", T0);

		var ok = mvc.post()
			.uri("/moderation/comments/" + id + "/approve")
			.param("version", "0")
			.header("Accept", "application/json")
			.cookie(session)
			.with(csrf())
			.exchange();
		assertThat(ok).hasStatusOk();
		assertThat(body(ok)).contains("\"status\":\"PUBLISHED\"", "\"version\":1");

		var conflict = mvc.post()
			.uri("/moderation/comments/" + id + "/reject")
			.param("version", "0")
			.param("reason", "SPAM")
			.header("Accept", "application/json")
			.cookie(session)
			.with(csrf())
			.exchange();
		assertThat(conflict).hasStatus(409);
		assertThat(body(conflict)).contains("همکار دیگری");
	}

	@Test
	void aRefusalWithoutAReasonIsRefusedOnTheDeskNotTakenAsOther() throws Exception {
		long id = fixtures.pending(article, "کاوه", "نظری که دلیل ردش گفته نشد", T0);
		var form = mvc.post()
			.uri("/moderation/comments/" + id + "/reject")
			.param("version", "0")
			.param("back", "/moderation")
			.cookie(session)
			.with(csrf())
			.exchange();
		assertThat(form).hasStatus(303).redirectedUrl().isEqualTo("/moderation");
		var after = mvc.get()
			.uri("/moderation")
			.cookie(session)
			.flashAttrs(form.getMvcResult().getFlashMap())
			.exchange();
		assertThat(body(after)).contains("دلیل رد را برگزینید؛ نظری بی‌دلیل رد نمی‌شود.")
			.contains("<option value=\"\" selected disabled>دلیل رد را برگزینید</option>");
		var json = mvc.post()
			.uri("/moderation/comments/" + id + "/reject")
			.param("version", "0")
			.param("reason", "")
			.header("Accept", "application/json")
			.cookie(session)
			.with(csrf())
			.exchange();
		assertThat(json).hasStatus(400);
		assertThat(comments.find(id).orElseThrow().status()).isEqualTo(CommentStatus.PENDING);
	}

	@Test
	void aBulkDecisionSaysHowManyWereTakenByOthers() throws Exception {
		long a = fixtures.pending(article, "یک", "نظر گروهی یک", T0);
		long b = fixtures.pending(article, "دو", "نظر گروهی دو", T0.plusSeconds(1));
		comments.decide(b, 0, CommentStatus.REJECTED);

		var bulk = mvc.post()
			.uri("/moderation/bulk")
			.param("selected", a + ":0", b + ":0", "junk")
			.param("action", "approve")
			.cookie(session)
			.with(csrf())
			.exchange();

		assertThat(bulk).hasStatus(303);
		assertThat(comments.find(a).orElseThrow().status()).isEqualTo(CommentStatus.PUBLISHED);
		assertThat(comments.find(b).orElseThrow().status()).isEqualTo(CommentStatus.REJECTED);
		var after = mvc.get()
			.uri("/moderation")
			.cookie(session)
			.flashAttrs(bulk.getMvcResult().getFlashMap())
			.exchange();
		assertThat(body(after)).contains("۱ نظر بررسی شد؛ ۱ نظر را همکار دیگری");
		var nothing = mvc.post()
			.uri("/moderation/bulk")
			.param("action", "approve")
			.cookie(session)
			.with(csrf())
			.exchange();
		assertThat(nothing).as("said on the desk").hasStatus(303);
		assertThat(body(mvc.get()
			.uri("/moderation")
			.cookie(session)
			.flashAttrs(nothing.getMvcResult().getFlashMap())
			.exchange())).contains("notice-error");
	}

	@Test
	void anEditKeepsTheOriginalAndTheHistoryShowsIt() throws Exception {
		long id = fixtures.pending(article, "کاوه", "شماره‌ی من را بگیرید", T0);

		var edited = mvc.post()
			.uri("/moderation/comments/" + id + "/edit")
			.param("version", "0")
			.param("text", "[شماره حذف شد]")
			.cookie(session)
			.with(csrf())
			.exchange();

		assertThat(edited).hasStatus(303).redirectedUrl().isEqualTo("/moderation/comments/" + id);
		String page = body(mvc.get().uri("/moderation/comments/" + id).cookie(session).exchange());
		assertThat(page).contains("[شماره حذف شد]", "شماره‌ی من را بگیرید", "ویرایش متن", "فرزانه ناظر",
				"بررسی خودکار");
		assertThat(body(mvc.get().uri("/moderation/decisions").cookie(session).exchange())).contains("ویرایش متن");
	}

	@Test
	void aBannedWordAddedOnTheDeskAppliesAtOnceHoweverTyped() throws Exception {
		var added = mvc.post()
			.uri("/moderation/rules/words")
			.param("list", "BANNED")
			.param("word", "بی‌شعور")
			.cookie(session)
			.with(csrf())
			.exchange();
		assertThat(added).hasStatus(303);
		assertThat(body(mvc.get().uri("/moderation/rules").cookie(session).exchange())).contains("بی‌شعور");

		Verdict verdict = screening.screen(new ScreeningRequest(article, ModerationMode.POST, null, "آدم بي شعور",
				new ClientHash("00112233445566778899aabbccddeeff"), List.of(), List.of(), Instant.now()));
		assertThat(verdict).isEqualTo(new Verdict.Reject(ReasonCode.BANNED_WORD, "بی‌شعور"));

		var empty = mvc.post()
			.uri("/moderation/rules/words")
			.param("list", "BANNED")
			.param("word", " \u200c ")
			.cookie(session)
			.with(csrf())
			.exchange();
		var after = mvc.get()
			.uri("/moderation/rules")
			.cookie(session)
			.flashAttrs(empty.getMvcResult().getFlashMap())
			.exchange();
		assertThat(body(after)).contains("واژه خالی");

		var ban = mvc.post()
			.uri("/moderation/rules/bans")
			.param("kind", "CLIENT")
			.param("value", "not-a-hash")
			.cookie(session)
			.with(csrf())
			.exchange();
		assertThat(body(mvc.get()
			.uri("/moderation/rules")
			.cookie(session)
			.flashAttrs(ban.getMvcResult().getFlashMap())
			.exchange())).contains("مقدار مسدودی درست نیست");
	}

	@Test
	void aWordListFileImportedOnTheRulesPageSaysWhatItAdded() throws Exception {
		String word = DeskFixtures.unique("واژه");
		String csv = word + "یک,banned\n" + word + "دو\n" + word + "یک,banned\nبی‌ربط,other\n";

		var imported = importFile("lists.csv", csv.getBytes(StandardCharsets.UTF_8), true);

		assertThat(imported).hasStatus(303).redirectedUrl().isEqualTo("/moderation/rules");
		String page = body(mvc.get()
			.uri("/moderation/rules")
			.cookie(session)
			.flashAttrs(imported.getMvcResult().getFlashMap())
			.exchange());
		assertThat(page).contains("۲ واژه افزوده شد؛ ۱ واژه از پیش در فهرست بود؛ ۱ سطر نادیده ماند.", word + "یک",
				word + "دو", "enctype=\"multipart/form-data\"", "<code dir=\"ltr\">/");
		assertThat(importFile("lists.csv", csv.getBytes(StandardCharsets.UTF_8), false)).hasStatus(403);
	}

	@Test
	void aFileThatIsNoWordListIsAPersian4xxOnTheRulesPage() throws Exception {
		var notUtf8 = importFile("words.txt", "سلام".getBytes(java.nio.charset.Charset.forName("windows-1256")), true);
		assertThat(notUtf8).hasStatus(400);
		assertThat(body(notUtf8)).contains("فایل متن UTF-8 نیست", "افزودن واژه‌ها از فایل");

		var empty = importFile("words.txt", new byte[0], true);
		assertThat(empty).hasStatus(400);
		assertThat(body(empty)).contains("فایل خالی است");

		var large = importFile("words.txt", new byte[300 * 1024], true);
		assertThat(large).hasStatus(413);
		assertThat(body(large)).contains("بزرگ‌تر از ۲۵۶ کیلوبایت");

		var spreadsheet = importFile("words.xlsx", "واژه".getBytes(StandardCharsets.UTF_8), true);
		assertThat(spreadsheet).hasStatus(400);
		assertThat(body(spreadsheet)).contains("فقط فایل");

		assertThat(mvc.post().uri("/moderation/rules/words/import").cookie(session).with(csrf())).hasStatus(400);
	}

	MvcTestResult importFile(String name, byte[] content, boolean withCsrf) {
		var request = mvc.post()
			.uri("/moderation/rules/words/import")
			.multipart()
			.file(new MockMultipartFile("file", name, "text/plain", content))
			.param("list", "SUSPECT")
			.cookie(session);
		return (withCsrf ? request.with(csrf()) : request).exchange();
	}

	@Test
	void aModeratorClosesAnArticlesComments() throws Exception {
		long version = catalog.find(article).orElseThrow().version();

		var closed = mvc.post()
			.uri("/moderation/articles/" + article)
			.param("version", Long.toString(version))
			.param("mode", "PRE")
			.param("closeAfterDays", "")
			.cookie(session)
			.with(csrf())
			.exchange();

		assertThat(closed).hasStatus(303);
		assertThat(catalog.find(article).orElseThrow().comments().open()).isFalse();
		assertThat(body(mvc.get().uri("/moderation/articles/" + article).cookie(session).exchange()))
			.contains("نظرات این خبر بسته است");
		var stale = mvc.post()
			.uri("/moderation/articles/" + article)
			.param("version", Long.toString(version))
			.param("open", "true")
			.cookie(session)
			.with(csrf())
			.exchange();
		assertThat(catalog.find(article).orElseThrow().comments().open()).isFalse();
		assertThat(stale).hasStatus(303);
	}

	@Test
	void theDashboardDrawsItsChartOnTheServer() throws Exception {
		fixtures.pending(article, "کاوه", "نظری برای نمودار", Instant.now().minusSeconds(600));

		String page = body(mvc.get().uri("/moderation/dashboard").cookie(session).exchange());

		assertThat(page).contains("<svg", "<rect", "پیشخوان بررسی", "در انتظار بررسی")
			.doesNotContain("http://", "https://");
	}

}
