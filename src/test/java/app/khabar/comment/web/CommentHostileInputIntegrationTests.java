package app.khabar.comment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

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
 * Thousands of hostile submissions through a real Tomcat (raw bytes, so nothing cleans
 * them on the way): invalid UTF-8, control and bidi-override characters, megabyte bodies,
 * HTML and script, SQL fragments, template syntax, forged and foreign parent ids, replies
 * to comments awaiting review; by form and by JSON, with and without a valid captcha.
 * Never a 5xx; every refusal in Persian; nothing stored holds a control or bidi-override
 * character; nothing stored renders as markup on the article page.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "khabar.comment.client-limit=1000000", "khabar.comment.article-limit=1000000",
				"khabar.moderation.flood-limit=1000000", "khabar.captcha.max-number=200",
				"khabar.web.page-cache.enabled=false" })
class CommentHostileInputIntegrationTests {

	static final Pattern PERSIAN = Pattern.compile("[\\u0600-\\u06FF]{3,}");

	static final Pattern UNSAFE = Pattern
		.compile("[\\u0000-\\u0008\\u000B-\\u001F\\u007F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]");

	static final List<String> TEXTS = List.of("<script>alert('x')</script>", "<img src=x onerror=alert(1)>",
			"\"><svg onload=alert(1)>", "'; DROP TABLE comment_comment; --", "1' OR '1'='1' --",
			"\u202Eخبر وارونه\u202C", "\u2066جداسازی\u2069 و \u202Dرونویسی\u202C", "صفر\u0000 و زنگ\u0007 و \u001B[31m",
			"\uFEFF\u200Bنامرئی\u200B", "${7*7} {{7*7}} @template.x() #{1}",
			"<a href=\"javascript:alert(1)\">پیوند</a>", "متن درست با ی و ك عربی", "\r\n\r\nHTTP/1.1 200 OK\r\n",
			"😀 شکلک و ترکیبی a\u0300\u0301", "&lt;b&gt;escaped&lt;/b&gt;", "<!-- comment --><style>*{}</style>", " ",
			"ن".repeat(3001), "\u061C\u200E\u200Fنشانه‌های جهت");

	static final List<String> NAMES = List.of("", "<b>نام</b>", "\u202Eمدیر\u202C", "admin'--", "ن".repeat(200),
			"علی\u0000\u0008", "\u200Fرضا\u2067", "<script>x</script>");

	@LocalServerPort
	int port;

	@Autowired
	ArticleImport articles;

	@Autowired
	CommentImport comments;

	@Autowired
	CaptchaVerifier captcha;

	@Autowired
	JdbcClient jdbc;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void hostileSubmissionsNeverFailAndNeverRenderAsMarkup() throws Exception {
		long article = article("خبر زیر حمله");
		long other = article("خبر دیگر");
		long published = comments.store(article, null, "هدف", "نظر منتشرشده", "IR", CommentStatus.PUBLISHED,
				Instant.now(), 0, 0);
		long pending = comments.store(article, null, null, "نظر در انتظار", "IR", CommentStatus.PENDING, Instant.now(),
				0, 0);
		long foreign = comments.store(other, null, null, "نظر خبر دیگر", "IR", CommentStatus.PUBLISHED, Instant.now(),
				0, 0);
		List<String> parents = List.of("", Long.toString(published), Long.toString(pending), Long.toString(foreign),
				"-1", "99999999999999999999", "1 OR 1=1", "abc");

		var soft = new SoftAssertions();
		int sent = 0;
		for (String text : TEXTS) {
			for (String name : NAMES) {
				for (String parent : parents) {
					boolean solved = (sent % 5) != 4;
					check(soft, form(article, name, text, parent, solved));
					check(soft, json(article, name, text, parent, solved));
					sent += 2;
				}
			}
		}
		for (byte[] body : rawBodies(article)) {
			check(soft, send(post("/news/" + article + "/comments", "application/x-www-form-urlencoded", body)));
			check(soft, send(post("/api/v1/articles/" + article + "/comments", "application/json", body)));
			sent += 2;
		}
		soft.assertAll();
		assertThat(sent).isGreaterThan(2_000);

		var stored = jdbc.sql("SELECT COALESCE(author_name, '') || ' ' || body FROM comment_comment")
			.query(String.class)
			.list();
		assertThat(stored).as("hostile comments were stored (some are fine once normalized)").hasSizeGreaterThan(50);
		assertThat(stored).noneMatch(value -> UNSAFE.matcher(value).find());
		assertThat(stored).as("no lone surrogates")
			.noneMatch(value -> value.codePoints().anyMatch(c -> c >= 0xD800 && c <= 0xDFFF));

		String page = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build()
			.send(HttpRequest.newBuilder(uri("/news/" + article)).GET().build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
			.body();
		assertThat(page).contains("&lt;script&gt;alert(", "&lt;img src=x onerror=alert(1)&gt;")
			.doesNotContain("<script>alert", "<img src=x", "<svg onload", "<style>*", "<b>نام</b>",
					"<a href=\"javascript:");
	}

	void check(SoftAssertions soft, HttpResponse<String> response) {
		int status = response.statusCode();
		soft.assertThat(status).as("status for %s", response.request()).isLessThan(500);
		if (status >= 400) {
			soft.assertThat(PERSIAN.matcher(response.body()).find())
				.as("Persian message in %s %s", status, abbreviate(response.body()))
				.isTrue();
		}
	}

	HttpResponse<String> form(long article, String name, String text, String parent, boolean solved) throws Exception {
		String body = "name=" + encode(name) + "&text=" + encode(text) + "&parentId=" + encode(parent) + "&altcha="
				+ (solved ? encode(solution()) : "forged");
		return send(post("/news/" + article + "/comments", "application/x-www-form-urlencoded",
				body.getBytes(StandardCharsets.UTF_8)));
	}

	HttpResponse<String> json(long article, String name, String text, String parent, boolean solved) throws Exception {
		String parentJson = parent.isEmpty() ? "null" : parent.matches("-?\\d+") ? parent : quote(parent);
		String body = "{\"name\":" + quote(name) + ",\"text\":" + quote(text) + ",\"parentId\":" + parentJson
				+ ",\"altcha\":" + quote(solved ? solution() : "forged") + "}";
		return send(post("/api/v1/articles/" + article + "/comments", "application/json",
				body.getBytes(StandardCharsets.UTF_8)));
	}

	/**
	 * Bodies no encoder would write: invalid UTF-8 raw and escaped, lone surrogates, a
	 * megabyte, three.
	 */
	List<byte[]> rawBodies(long article) throws Exception {
		List<byte[]> bodies = new ArrayList<>();
		byte[][] invalid = { { (byte) 0xFF, (byte) 0xFE }, { (byte) 0xC0, (byte) 0xAF },
				{ (byte) 0xED, (byte) 0xA0, (byte) 0x80 }, { (byte) 0xD8 }, { (byte) 0xF8, (byte) 0x88, (byte) 0x80 } };
		for (byte[] bad : invalid) {
			var form = new ByteArrayOutputStream();
			form.writeBytes(("altcha=" + encode(solution()) + "&text=").getBytes(StandardCharsets.UTF_8));
			form.writeBytes(bad);
			form.writeBytes("نظر".getBytes(StandardCharsets.UTF_8));
			bodies.add(form.toByteArray());
			var json = new ByteArrayOutputStream();
			json.writeBytes(("{\"altcha\":" + quote(solution()) + ",\"text\":\"").getBytes(StandardCharsets.UTF_8));
			json.writeBytes(bad);
			json.writeBytes("نظر\"}".getBytes(StandardCharsets.UTF_8));
			bodies.add(json.toByteArray());
		}
		bodies.add(("text=%FF%FE%C0%AF%ED%A0%80&altcha=" + encode(solution())).getBytes(StandardCharsets.US_ASCII));
		bodies.add(("text=%zz%&altcha=" + encode(solution())).getBytes(StandardCharsets.US_ASCII));
		bodies.add(("{\"text\":\"\\ud800\\udfff\\ud800 نظر\",\"altcha\":" + quote(solution()) + "}")
			.getBytes(StandardCharsets.UTF_8));
		bodies.add(("{\"text\":\"\\u0000\\u202e نظر\",\"altcha\":" + quote(solution()) + "}")
			.getBytes(StandardCharsets.UTF_8));
		String megabyte = "ن".repeat(512 * 1024);
		bodies.add(("altcha=" + encode(solution()) + "&text=" + megabyte).getBytes(StandardCharsets.UTF_8));
		bodies.add(("{\"altcha\":" + quote(solution()) + ",\"text\":\"" + megabyte + "\"}")
			.getBytes(StandardCharsets.UTF_8));
		bodies.add(("text=" + "a".repeat(3 * 1024 * 1024)).getBytes(StandardCharsets.US_ASCII));
		bodies.add("[1,2,3]".getBytes(StandardCharsets.US_ASCII));
		bodies.add("null".getBytes(StandardCharsets.US_ASCII));
		bodies.add(new byte[0]);
		return bodies;
	}

	HttpRequest post(String path, String contentType, byte[] body) {
		return HttpRequest.newBuilder(uri(path))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
	}

	HttpResponse<String> send(HttpRequest request) throws Exception {
		return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	String solution() {
		return AltchaSolver.solve(captcha.newChallenge());
	}

	long article(String title) {
		articles.ensureSection("society", "جامعه");
		return articles.store(new NewArticle("society", ArticleKind.STORY, null, title, "خلاصهٔ خبر", "<p>متن خبر.</p>",
				new Source("خبر", null), Byline.NONE, List.of(), Media.NONE, ArticleStatus.PUBLISHED,
				new CommentSettings(true, ModerationMode.POST, null), Instant.parse("2026-11-20T06:30:00Z"),
				"test:" + System.nanoTime()));
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	static String quote(String value) {
		var out = new StringBuilder("\"");
		for (char c : value.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}

	static String abbreviate(String body) {
		return body.length() > 300 ? body.substring(0, 300) + "…" : body;
	}

}
