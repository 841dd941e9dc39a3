package app.khabar.comment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import app.khabar.article.ArticleImport;
import app.khabar.article.ArticleKind;
import app.khabar.article.ArticleStatus;
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
 * The JSON API decodes strictly and never refuses after the work: a body that is no valid UTF-8 or an id that is no
 * integer is a Persian 400 before anything is stored or the captcha is spent; whatever the Accept header asks for,
 * a comment that was stored or a vote that was counted is answered in JSON.
 */
@SpringBootTest(properties = "khabar.comment.client-limit=1000")
@AutoConfigureMockMvc
class CommentApiStrictnessIntegrationTests {

	/** Overlong {@code <} (the one that was stored as {@code <}), a lone surrogate, bytes UTF-8 never uses, a cut sequence. */
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
		article = articles.store(new NewArticle("society", ArticleKind.STORY, null, "خبر آزمون ورودی سخت‌گیر",
				"خلاصه", "<p>متن.</p>", new Source("خبر", null, null), List.of(), Media.NONE, ArticleStatus.PUBLISHED,
				new CommentSettings(true, ModerationMode.PRE, null), Instant.parse("2026-11-20T06:30:00Z"),
				"test:" + System.nanoTime()));
		published = comments.store(article, null, "کیوان", "نظر منتشرشده", "IR", CommentStatus.PUBLISHED,
				Instant.parse("2026-11-20T07:00:00Z"), 0, 0);
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
			var refused = postComment(json("{\"text\":\"پاسخ\",\"parentId\":" + parentId + ",\"altcha\":\""
					+ solution + "\"}"), MediaType.APPLICATION_JSON);

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
		assertThat(voted).bodyJson().extractingPath("$.likes").isEqualTo(1);

		var again = mvc.post()
			.uri("/api/v1/comments/{id}/vote", published)
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.ACCEPT, "application/xml")
			.content("{\"value\":\"dislike\"}")
			.exchange();
		assertThat(again).hasStatusOk();
		assertThat(again).bodyJson().extractingPath("$.dislikes").isEqualTo(1);
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

	String solution() {
		return AltchaSolver.solve(captcha.newChallenge());
	}

	static byte[] json(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	static String hex(byte[] bytes) {
		return java.util.HexFormat.ofDelimiter(" ").formatHex(bytes);
	}

}
