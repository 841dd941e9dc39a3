package app.khabar;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.khabar.account.AccountId;
import app.khabar.account.AccountManagement;
import app.khabar.account.NewAccount;
import app.khabar.account.Role;
import app.khabar.article.ArticleImport;
import app.khabar.article.ArticleKind;
import app.khabar.article.ArticleStatus;
import app.khabar.article.Byline;
import app.khabar.article.CommentSettings;
import app.khabar.article.Media;
import app.khabar.article.NewArticle;
import app.khabar.article.Source;
import app.khabar.comment.CommentImport;
import app.khabar.comment.CommentStatus;
import app.khabar.support.BrowserSupport;

/**
 * Every kind of page, reader's and staff's, in real Chromium under the
 * Content-Security-Policy that every answer carries: not one refusal in the console. A
 * page that needed an inline script or style, a script or font from another origin, or a
 * video frame from a host the policy does not list, would show here as a refusal. A
 * reader's comment goes through the real captcha (worker) and the page's script (fetch),
 * the no-JavaScript fallback question page included. Pages are opened twice, the second
 * time from the page cache, whose bytes and headers are the same for everyone.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "khabar.captcha.max-number=5000",
		"khabar.newsroom.video-embed-hosts=www.aparat.com", "khabar.newsroom.scheduled-publishing=false" })
class ContentSecurityPolicyBrowserIntegrationTests {

	static final Instant PUBLISHED = Instant.parse("2026-11-20T06:30:00Z");

	static final String PASSWORD = "Own-pass-5678-x";

	@RegisterExtension
	static BrowserSupport browser = new BrowserSupport();

	@LocalServerPort
	int port;

	@Autowired
	ArticleImport articles;

	@Autowired
	CommentImport comments;

	@Autowired
	AccountManagement accounts;

	@Test
	void noPageBreaksTheContentSecurityPolicy() {
		articles.ensureSection("society", "جامعه");
		long story = article(ArticleKind.STORY, "نشست شورای شهر دربارهٔ هوای پاک", "<p>متن خبر برای آزمون مرورگر.</p>",
				Media.NONE);
		long video = article(ArticleKind.VIDEO, "فیلم | ساخت پل عابر پیاده", "<p>گزارش تصویری.</p>",
				new Media(Media.Type.VIDEO, "https://www.aparat.com/video/video/embed/videohash/abc123/vt/frame",
						"پل عابر پیاده"));
		long gallery = article(ArticleKind.GALLERY, "عکس | بازار تبریز در برف", """
				<figure><img src="/demo/market.svg" alt="بازار"><figcaption>بازار</figcaption></figure>
				<figure><img src="/demo/snow.svg" alt="برف"><figcaption>برف</figcaption></figure>""",
				new Media(Media.Type.IMAGE, "/demo/photo.svg", "بازار تبریز"));
		long published = comments.store(story, null, "رضا", "کاش زودتر اجرا شود.", "IR", CommentStatus.PUBLISHED,
				PUBLISHED, 3, 0);
		long pending = comments.store(story, null, "مینا", "نظری که منتظر بررسی است.", "IR", CommentStatus.PENDING,
				PUBLISHED, 0, 0);
		AccountId admin = accounts.create(new NewAccount("sara.admin", "سارا", "Temp-pass-1234",
				Set.of(Role.ADMIN, Role.EDITOR, Role.MODERATOR)));
		accounts.changeOwnPassword(admin, "Temp-pass-1234", PASSWORD);

		WebDriver driver = browser.driver();
		Map<String, List<String>> refusals = new LinkedHashMap<>();
		for (String path : List.of("/", "/", "/service/society", "/service/society", "/news/" + story, "/news/" + video,
				"/news/" + video, "/news/" + gallery, "/search?q=" + encode("هوای پاک"), "/search?q=",
				"/news/" + story + "/comments/reply/" + published, "/comments/rules", "/no-such-page", "/news/abc/x",
				"/login", "/api/docs", "/api/docs")) {
			open(driver, path, refusals);
		}
		// the video frame was asked for (the policy let it through; there is no network
		// to load it from)
		driver.get(url("/news/" + video));
		assertThat(driver.findElement(By.cssSelector(".article-video iframe")).getDomAttribute("src"))
			.startsWith("https://www.aparat.com/");
		collect("/news/" + video + " (frame)", refusals);

		// a guest comments from the article page: captcha worker, the comment script's
		// fetch
		driver.get(url("/news/" + story));
		driver.findElement(By.id("comment-text")).sendKeys("به نظرم طرح‌های هوای پاک باید زودتر اجرا شوند.");
		new WebDriverWait(driver, Duration.ofSeconds(30))
			.until(ExpectedConditions.textToBe(By.cssSelector("[data-captcha-status]"), "بررسی ضدربات انجام شد."));
		driver.findElement(By.cssSelector("#comment-form button[type=submit]")).click();
		new WebDriverWait(driver, Duration.ofSeconds(30))
			.until(ExpectedConditions.textMatches(By.cssSelector(".comment-form-status"), java.util.regex.Pattern
				.compile("^" + java.util.regex.Pattern.quote("نظر شما دریافت شد و پس از بررسی منتشر می‌شود."))));
		collect("comment posted with the page's script", refusals);

		// without JavaScript the form posts without a proof of work and gets the fallback
		// question page
		((JavascriptExecutor) driver).executeScript("""
				const form = document.createElement('form');
				form.method = 'post';
				form.action = arguments[0];
				const text = document.createElement('textarea');
				text.name = 'text';
				text.value = 'نظر بدون جاوااسکریپت';
				form.append(text);
				document.body.append(form);
				form.submit();
				""", "/news/" + story + "/comments");
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[aria-labelledby=captcha-title]")));
		collect("captcha fallback page", refusals);

		driver.get(url("/login"));
		driver.findElement(By.id("login-username")).sendKeys("sara.admin");
		driver.findElement(By.id("login-password")).sendKeys(PASSWORD);
		driver.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/login"));
		collect("signed in", refusals);
		for (String path : List.of("/newsroom", "/newsroom/articles/new", "/newsroom/articles/" + story + "/edit",
				"/newsroom/articles/" + video + "/edit", "/newsroom/articles/" + video + "/preview",
				"/newsroom/articles/" + story + "/revisions", "/newsroom/curation", "/newsroom/audit", "/moderation",
				"/moderation/comments/" + pending, "/moderation/articles/" + story, "/moderation/decisions",
				"/moderation/dashboard", "/moderation/rules", "/admin/accounts", "/admin/accounts/" + admin.value(),
				"/account/password", "/newsroom/articles/999999/edit")) {
			open(driver, path, refusals);
		}
		// the moderation queue's keyboard script and the editor's script run under the
		// policy too
		driver.get(url("/moderation"));
		driver.findElement(By.tagName("body")).sendKeys("j");
		collect("/moderation keys", refusals);

		assertThat(refusals).as("console messages about the Content-Security-Policy or Permissions-Policy").isEmpty();

		// the console is read for real: an inline style attribute is refused and the
		// refusal shows
		((JavascriptExecutor) driver)
			.executeScript("document.body.insertAdjacentHTML('beforeend', '<p style=\"color: red\">x</p>');");
		collect("inline style", refusals);
		assertThat(refusals).containsOnlyKeys("inline style");
	}

	void open(WebDriver driver, String path, Map<String, List<String>> refusals) {
		driver.get(url(path));
		collect(path, refusals);
	}

	/**
	 * Adds the console's messages about the policies since the last call, under the page
	 * they came from.
	 */
	static void collect(String page, Map<String, List<String>> refusals) {
		List<String> found = new ArrayList<>();
		for (String message : browser.consoleMessages()) {
			String lower = message.toLowerCase(java.util.Locale.ROOT);
			if (lower.contains("content security policy") || lower.contains("content-security-policy")
					|| lower.contains("permissions-policy") || lower.contains("permissions policy")) {
				found.add(message);
			}
		}
		if (!found.isEmpty()) {
			refusals.computeIfAbsent(page, key -> new ArrayList<>()).addAll(found);
		}
	}

	long article(ArticleKind kind, String title, String body, Media media) {
		return articles.store(new NewArticle("society", kind, null, title, "خلاصهٔ خبر برای آزمون.", body,
				new Source("خبر", null), Byline.NONE, List.of("هوا"), media, ArticleStatus.PUBLISHED,
				CommentSettings.DEFAULT, PUBLISHED, "test:" + System.nanoTime()));
	}

	static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

}
