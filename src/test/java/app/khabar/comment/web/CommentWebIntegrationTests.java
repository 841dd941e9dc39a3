package app.khabar.comment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

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
import app.khabar.support.AltchaSolver;

/**
 * The comment endpoints over HTTP (MockMvc, the real security chain): JSON and plain
 * forms, the no-JavaScript captcha question, the reply page, the receipt page, votes, and
 * the same-origin wall. The JSON API decodes strictly (invalid UTF-8, an id that is no
 * integer: a 400 before anything is stored or the captcha spent) and answers in JSON
 * whatever the Accept header asks for, never a 406 after the work.
 */
@SpringBootTest(properties = "khabar.comment.client-limit=1000")
@AutoConfigureMockMvc
class CommentWebIntegrationTests {

	static final Instant PUBLISHED = Instant.parse("2026-11-20T06:30:00Z");

	/**
	 * Overlong {@code <} (the one that was stored as {@code <}), a lone surrogate, bytes
	 * UTF-8 never uses, a cut sequence.
	 */
	static final List<byte[]> INVALID_UTF8 = List.of(new byte[] { (byte) 0xC0, (byte) 0xBC },
			new byte[] { (byte) 0xE0, (byte) 0x80, (byte) 0xBC }, new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 },
			new byte[] { (byte) 0xFF, (byte) 0xFE }, new byte[] { (byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80 },
			new byte[] { (byte) 0xD8 });

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ArticleImport articles;

	@Autowired
	CommentImport comments;

	@Autowired
	CaptchaVerifier captcha;

	@Autowired
	JdbcClient jdbc;

	long article;

	long published;

	@BeforeEach
	void anArticleWithAComment() {
		articles.ensureSection("society", "جامعه");
		article = articles.store(new NewArticle("society", ArticleKind.STORY, null, "طرح تازهٔ حمل‌ونقل عمومی در شهر",
				"شورای شهر از خط‌های تازهٔ اتوبوس خبر داد.", "<p>خط‌های تازه از ماه آینده راه می‌افتند.</p>",
				new Source("خبر", null), Byline.NONE, List.of("شهر"), Media.NONE, ArticleStatus.PUBLISHED,
				new CommentSettings(true, ModerationMode.PRE, null), PUBLISHED, "test:" + System.nanoTime()));
		published = comments.store(article, null, "کیوان", "خبر خوبی است؛ امیدوارم به‌موقع اجرا شود.", "IR",
				CommentStatus.PUBLISHED, PUBLISHED, 2, 1);
	}

	@Test
	void theJsonApiAnswers201WithTheStatusAndAPersianMessage() throws Exception {
		var result = mvc.post()
			.uri("/api/v1/articles/{id}/comments", article)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"پریسا\",\"text\":\"ایستگاه‌ها کجا هستند؟\",\"parentId\":" + published
					+ ",\"altcha\":\"" + solution() + "\"}")
			.exchange();

		assertThat(result).hasStatus(201);
		assertThat(result).bodyJson().extractingPath("$.status").isEqualTo("PENDING");
		assertThat(result).bodyJson()
			.extractingPath("$.message")
			.isEqualTo("نظر شما دریافت شد و پس از بررسی منتشر می‌شود.");
	}

	@Test
	void theJsonApiRefusesInPersian() {
		var noCaptcha = mvc.post()
			.uri("/api/v1/articles/{id}/comments", article)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"بی ضدربات\"}")
			.exchange();
		assertThat(noCaptcha).hasStatus(422);
		assertThat(noCaptcha).bodyJson().extractingPath("$.code").isEqualTo("comment.error.captcha");

		var malformed = mvc.post()
			.uri("/api/v1/articles/{id}/comments", article)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\": [")
			.exchange();
		assertThat(malformed).hasStatus(400);
		assertThat(malformed).bodyJson().extractingPath("$.message").isEqualTo("داده‌های فرستاده‌شده درست نیست.");

		var tooLong = mvc.post()
			.uri("/api/v1/articles/{id}/comments", article)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"" + "ن".repeat(3001) + "\",\"altcha\":\"" + solution() + "\"}")
			.exchange();
		assertThat(tooLong).hasStatus(400);
		assertThat(tooLong).bodyJson()
			.extractingPath("$.message")
			.isEqualTo("متن نظر باید دست‌کم ۲ و حداکثر ۳۰۰۰ نویسه باشد.");
	}

	@Test
	void aFormWithoutJavaScriptGetsTheQuestionAndItsAnswerPostsTheComment() throws Exception {
		var question = mvc.post()
			.uri("/news/{id}/comments", article)
			.param("name", "بهار")
			.param("text", "نظر بدون جاوااسکریپت")
			.param("altcha", "")
			.exchange();
		assertThat(question).hasStatusOk();
		String page = question.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("چند می‌شود؟", "name=\"captchaAnswer\"", "value=\"نظر بدون جاوااسکریپت\"");
		String token = page.replaceAll("(?s).*name=\"captchaToken\" value=\"([^\"]+)\".*", "$1");

		MockHttpServletResponse answered = null;
		for (int answer = 0; answer <= 18 && answered == null; answer++) {
			var response = mvc.post()
				.uri("/news/{id}/comments", article)
				.param("name", "بهار")
				.param("text", "نظر بدون جاوااسکریپت")
				.param("captchaToken", token)
				.param("captchaAnswer", Integer.toString(answer))
				.exchange()
				.getResponse();
			if (response.getStatus() == 303) {
				answered = response;
			}
		}
		assertThat(answered).isNotNull();
		assertThat(answered.getHeader(HttpHeaders.LOCATION)).matches("/comments/receipt/[A-Za-z0-9_-]{43}");
		assertThat(answered.getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");

		var result = mvc.get().uri(answered.getHeader(HttpHeaders.LOCATION)).exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyText().contains("وضعیت نظر:", "در انتظار بررسی", "نظر بدون جاوااسکریپت");
		assertThat(result.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM comment_comment WHERE article_id = :a AND author_name = 'بهار'")
			.param("a", article)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aFormWithASolutionLandsOnTheResultPage() {
		var posted = mvc.post()
			.uri("/news/{id}/comments", article)
			.param("text", "نظر با راه‌حل ضدربات")
			.param("altcha", solution())
			.exchange();
		assertThat(posted).hasStatus(303);
		assertThat(posted.getResponse().getHeader(HttpHeaders.LOCATION)).matches("/comments/receipt/[A-Za-z0-9_-]{43}");
	}

	@Test
	void aRefusedFormComesBackWithTheTextAndThePersianReason() {
		var refused = mvc.post()
			.uri("/news/{id}/comments", article)
			.param("text", "ن")
			.param("parentId", Long.toString(published))
			.param("altcha", solution())
			.exchange();
		assertThat(refused).hasStatus(400);
		assertThat(refused).bodyText()
			.contains("متن نظر باید دست‌کم ۲ و حداکثر ۳۰۰۰ نویسه باشد.", "شما در حال پاسخ به نظر «", "کیوان");
	}

	@Test
	void aCommentOnAnArticleItsEditorsClosedIsRefusedInPersianByJsonAndByTheFormAndNotStored() {
		String closedMessage = "امکان ثبت نظر برای این خبر بسته شده است.";
		long closed = articles.store(new NewArticle("society", ArticleKind.STORY, null, "پایان طرح زوج و فرد در پایتخت",
				"طرح از شنبه اجرا نمی‌شود.", "<p>شورای ترافیک دربارهٔ طرح تصمیم گرفت.</p>", new Source("خبر", null),
				Byline.NONE, List.of("شهر"), Media.NONE, ArticleStatus.PUBLISHED,
				new CommentSettings(false, ModerationMode.PRE, null), PUBLISHED, "test:" + System.nanoTime()));

		var json = mvc.post()
			.uri("/api/v1/articles/{id}/comments", closed)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"چرا نظرها بسته است؟\",\"altcha\":\"" + solution() + "\"}")
			.exchange();
		assertThat(json).hasStatus(422);
		assertThat(json).bodyJson().extractingPath("$.code").isEqualTo("comment.error.closed");
		assertThat(json).bodyJson().extractingPath("$.message").isEqualTo(closedMessage);

		var form = mvc.post()
			.uri("/news/{id}/comments", closed)
			.param("text", "چرا نظرها بسته است؟")
			.param("altcha", solution())
			.exchange();
		assertThat(form).hasStatus(422);
		assertThat(form).bodyText().contains(closedMessage, "چرا نظرها بسته است؟");

		assertThat(jdbc.sql("SELECT COUNT(*) FROM comment_comment WHERE article_id = :a")
			.param("a", closed)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theReplyPageShowsTheParentsNameAndACancelLink() {
		var page = mvc.get().uri("/news/{id}/comments/reply/{comment}", article, published).exchange();

		assertThat(page).hasStatusOk();
		assertThat(page).bodyText()
			.contains("شما در حال پاسخ به نظر «<span class=\"comment-reply-name\">کیوان</span>» هستید.")
			.contains("name=\"parentId\" value=\"" + published + "\"")
			.contains("class=\"comment-reply-cancel");
		assertThat(mvc.get().uri("/news/{id}/comments/reply/{comment}", article, 999_999_999L).exchange())
			.hasStatus(400);
	}

	@Test
	void theArticlePageCarriesTheScriptsButNothingPerReader() throws Exception {
		String path = mvc.get().uri("/news/" + article).exchange().getResponse().getHeader(HttpHeaders.LOCATION);
		var page = mvc.get().uri(java.net.URI.create(path)).exchange();

		assertThat(page).bodyText()
			.contains("data-captcha=\"/api/v1/captcha/challenge\"", "/js/comments", "/js/captcha",
					"href=\"/news/" + article + "/comments/reply/" + published + "\"")
			.doesNotContain("_csrf")
			.doesNotContain("captchaToken");
		assertThat(page.getResponse().getHeader(HttpHeaders.SET_COOKIE)).isNull();
	}

	@Test
	void votesCountOncePerReaderByFormAndByJson() throws Exception {
		var first = mvc.post().uri("/comments/{id}/vote", published).param("value", "like").exchange();
		assertThat(first).hasStatus(303);
		assertThat(first.getResponse().getHeader(HttpHeaders.LOCATION)).endsWith("#comment-" + published);
		var cookie = first.getResponse().getCookie("khabar_voter");
		assertThat(cookie).isNotNull();
		assertThat(first.getResponse().getHeader(HttpHeaders.SET_COOKIE)).contains("HttpOnly", "SameSite=Lax");

		var changed = mvc.post()
			.uri("/api/v1/comments/{id}/vote", published)
			.cookie(cookie)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"value\":\"dislike\"}")
			.exchange();
		assertThat(changed).hasStatusOk();
		assertThat(changed).bodyJson().extractingPath("$.likes").isEqualTo(2);
		assertThat(changed).bodyJson().extractingPath("$.dislikes").isEqualTo(2);
		// the page's script may see that this browser voted, never its voter id
		assertThat(first.getResponse().getHeaders(HttpHeaders.SET_COOKIE))
			.anySatisfy(marker -> assertThat(marker).startsWith("khabar_voted=1;").doesNotContain("HttpOnly"));
		var mine = mvc.get().uri("/api/v1/articles/{id}/votes/mine", article).cookie(cookie).exchange();
		assertThat(mine).hasStatusOk();
		assertThat(mine.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
		assertThat(mine).bodyJson().extractingPath("$.votes." + published).isEqualTo("DISLIKE");
		assertThat(mvc.get().uri("/api/v1/articles/{id}/votes/mine", article).exchange()).bodyJson()
			.extractingPath("$.votes")
			.asMap()
			.isEmpty();

		var wrong = mvc.post()
			.uri("/api/v1/comments/{id}/vote", published)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"value\":\"love\"}")
			.exchange();
		assertThat(wrong).hasStatus(400);
		assertThat(wrong).bodyJson().extractingPath("$.message").isEqualTo("رأی باید «موافقم» یا «مخالفم» باشد.");
	}

	@Test
	void aPostFromAnotherSiteIsRefused() {
		var forged = mvc.post()
			.uri("/news/{id}/comments", article)
			.header("Sec-Fetch-Site", "cross-site")
			.header("Origin", "https://evil.example")
			.param("text", "نظر جعلی")
			.param("altcha", solution())
			.exchange();
		assertThat(forged).hasStatus(403);
		var vote = mvc.post()
			.uri("/api/v1/comments/{id}/vote", published)
			.header("Origin", "https://evil.example")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"value\":\"like\"}")
			.exchange();
		assertThat(vote).hasStatus(403);
		assertThat(vote).bodyJson().extractingPath("$.message").asString().contains("بیرون این وبگاه");
	}

	@Test
	void invalidUtf8InAJsonBodyIsAPersian400AndStoresNothing() {
		String solution = solution();
		for (byte[] invalid : INVALID_UTF8) {
			var body = new ByteArrayOutputStream();
			body.writeBytes("{\"text\":\"نظر با ".getBytes(StandardCharsets.UTF_8));
			body.writeBytes(invalid);
			body.writeBytes(("script\",\"altcha\":\"" + solution + "\"}").getBytes(StandardCharsets.UTF_8));

			var refused = postComment(body.toByteArray(), MediaType.APPLICATION_JSON);

			assertThat(refused).as(hex(invalid)).hasStatus(400);
			assertThat(refused).bodyJson().extractingPath("$.message").isEqualTo("داده‌های فرستاده‌شده درست نیست.");
		}
		var vote = mvc.post()
			.uri("/api/v1/comments/{id}/vote", published)
			.contentType(MediaType.APPLICATION_JSON)
			.content(new byte[] { '{', '"', 'v', 'a', 'l', 'u', 'e', '"', ':', '"', 'l', 'i', 'k', 'e', (byte) 0xC0,
					(byte) 0xBC, '"', '}' })
			.exchange();
		assertThat(vote).hasStatus(400);

		assertThat(storedComments()).isZero();
		assertThat(postComment(json("{\"text\":\"نظر درست\",\"altcha\":\"" + solution + "\"}"),
				MediaType.APPLICATION_JSON))
			.as("the captcha was not spent by the refusals")
			.hasStatus(201);
	}

	@Test
	void aParentIdThatIsNoIntegerIsA400NotTruncated() {
		String solution = solution();
		for (String parentId : List.of(published + ".5", published + ".0", "1e3", "\"" + published + ".5\"", "true",
				"[" + published + "]", "{}")) {
			var refused = postComment(
					json("{\"text\":\"پاسخ\",\"parentId\":" + parentId + ",\"altcha\":\"" + solution + "\"}"),
					MediaType.APPLICATION_JSON);

			assertThat(refused).as(parentId).hasStatus(400);
			assertThat(refused).bodyJson().extractingPath("$.message").isEqualTo("داده‌های فرستاده‌شده درست نیست.");
		}
		assertThat(storedComments()).isZero();
	}

	@Test
	void aCommentStoredForAClientThatAsksForHtmlOrXmlIsAnsweredInJson() {
		for (MediaType accept : List.of(MediaType.TEXT_HTML, MediaType.APPLICATION_XML, MediaType.IMAGE_PNG)) {
			var posted = mvc.post()
				.uri("/api/v1/articles/{id}/comments", article)
				.contentType(MediaType.APPLICATION_JSON)
				.accept(accept)
				.content("{\"text\":\"نظر با " + accept.getSubtype() + "\",\"altcha\":\"" + solution() + "\"}")
				.exchange();

			assertThat(posted).as(accept.toString()).hasStatus(201);
			assertThat(posted).hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
			assertThat(posted).bodyJson().extractingPath("$.status").isEqualTo("PENDING");
		}
		assertThat(storedComments()).isEqualTo(3);
	}

	@Test
	void aVoteCountedForAClientThatAsksForHtmlOrXmlIsAnsweredInJson() {
		var voted = mvc.post()
			.uri("/api/v1/comments/{id}/vote", published)
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.ACCEPT, "text/html")
			.content("{\"value\":\"like\"}")
			.exchange();
		assertThat(voted).hasStatusOk();
		assertThat(voted).hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		assertThat(voted).bodyJson().extractingPath("$.likes").isEqualTo(3);

		var again = mvc.post()
			.uri("/api/v1/comments/{id}/vote", published)
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.ACCEPT, "application/xml")
			.content("{\"value\":\"dislike\"}")
			.exchange();
		assertThat(again).hasStatusOk();
		assertThat(again).bodyJson().extractingPath("$.dislikes").isEqualTo(2);
	}

	MvcTestResult postComment(byte[] body, MediaType type) {
		return mvc.post().uri("/api/v1/articles/{id}/comments", article).contentType(type).content(body).exchange();
	}

	int storedComments() {
		return jdbc.sql("SELECT COUNT(*) FROM comment_comment WHERE article_id = :a AND id <> :p")
			.param("a", article)
			.param("p", published)
			.query(Integer.class)
			.single();
	}

	static byte[] json(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	static String hex(byte[] bytes) {
		return HexFormat.ofDelimiter(" ").formatHex(bytes);
	}

	String solution() {
		return AltchaSolver.solve(captcha.newChallenge());
	}

}
