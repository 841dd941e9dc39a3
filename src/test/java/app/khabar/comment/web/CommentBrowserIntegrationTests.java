package app.khabar.comment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

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
import app.khabar.support.BrowserSupport;

/**
 * A guest in real Chromium: writes a Persian comment (the page's captcha.js solves the
 * real proof of work), sees that it awaits review; replies to a published comment (the
 * reference page's line names the parent, cancel works); and a posted {@code <script>}
 * shows as text.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "khabar.captcha.max-number=5000")
class CommentBrowserIntegrationTests {

	@RegisterExtension
	static BrowserSupport browser = new BrowserSupport();

	static final Instant PUBLISHED = Instant.parse("2026-11-20T06:30:00Z");

	@LocalServerPort
	int port;

	@Autowired
	ArticleImport articles;

	@Autowired
	CommentImport comments;

	@Test
	void aGuestCommentsRepliesAndCancels() {
		long article = article("نشست شورای شهر دربارهٔ هوای پاک", ModerationMode.PRE);
		comments.store(article, null, "رضا", "کاش زودتر اجرا شود.", "IR", CommentStatus.PUBLISHED, PUBLISHED, 3, 0);
		WebDriver driver = browser.driver();
		driver.get("http://localhost:" + port + "/news/" + article);

		write(driver, "سمیه", "به نظرم طرح‌های هوای پاک باید زودتر اجرا شوند؛ ممنون از گزارش‌تان.");
		submitWhenSolved(driver);
		waitForText(driver, By.cssSelector(".comment-form-status"), "نظر شما دریافت شد و پس از بررسی منتشر می‌شود.");
		browser.screenshot("comment-posted");

		WebElement parent = driver.findElement(By.cssSelector(".comment-list > .comment"));
		parent.findElement(By.cssSelector("a.comment-reply")).click();
		WebElement line = driver.findElement(By.id("comment-reply-to"));
		assertThat(line.isDisplayed()).isTrue();
		assertThat(line.getText()).contains("شما در حال پاسخ به نظر «رضا» هستید.");
		assertThat(parent.findElements(By.id("comment-form"))).as("the form moved under the comment").hasSize(1);
		browser.screenshot("comment-reply-mode");

		line.findElement(By.cssSelector("button.comment-reply-cancel")).click();
		assertThat(line.isDisplayed()).isFalse();
		assertThat(driver.findElement(By.cssSelector("input[name=parentId]")).getAttribute("value")).isEmpty();
		assertThat(parent.findElements(By.id("comment-form"))).isEmpty();
	}

	@Test
	void aPostedScriptShowsAsText() {
		long article = article("گزارش بازار کتاب تهران", ModerationMode.POST);
		comments.store(article, null, null, "نمایشگاه شلوغ بود.", "IR", CommentStatus.PUBLISHED, PUBLISHED, 0, 0);
		WebDriver driver = browser.driver();
		driver.get("http://localhost:" + port + "/news/" + article);

		driver.findElement(By.cssSelector(".comment-list > .comment a.comment-reply")).click();
		write(driver, "", "<script>window.hacked = true</script> پاسخ من");
		submitWhenSolved(driver);
		waitForText(driver, By.cssSelector(".comment-form-status"), "نظر شما منتشر شد.");

		driver.navigate().refresh();
		List<String> texts = driver.findElements(By.cssSelector(".comment-replies .comment-text"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(texts).containsExactly("<script>window.hacked = true</script> پاسخ من");
		assertThat(((JavascriptExecutor) driver).executeScript("return window.hacked === undefined")).isEqualTo(true);
		assertThat(driver.findElement(By.cssSelector(".comment-replies .comment-author")).getText())
			.isEqualTo("ناشناس");
		browser.screenshot("comment-script-as-text");
	}

	void write(WebDriver driver, String name, String text) {
		if (!name.isEmpty()) {
			driver.findElement(By.id("comment-name")).sendKeys(name);
		}
		driver.findElement(By.id("comment-text")).sendKeys(text);
	}

	/**
	 * Waits for captcha.js to say it solved the puzzle (it starts when the reader focuses
	 * the form), then sends.
	 */
	void submitWhenSolved(WebDriver driver) {
		waitForText(driver, By.cssSelector("[data-captcha-status]"), "بررسی ضدربات انجام شد.");
		driver.findElement(By.cssSelector("#comment-form button[type=submit]")).click();
	}

	static void waitForText(WebDriver driver, By element, String text) {
		new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.textToBe(element, text));
	}

	long article(String title, ModerationMode mode) {
		articles.ensureSection("society", "جامعه");
		return articles.store(new NewArticle("society", ArticleKind.STORY, null, title, "خلاصهٔ خبر برای آزمون.",
				"<p>متن خبر برای آزمون مرورگر.</p>", new Source("خبر", null), Byline.NONE, List.of(), Media.NONE,
				ArticleStatus.PUBLISHED, new CommentSettings(true, mode, null), PUBLISHED,
				"test:" + System.nanoTime()));
	}

}
