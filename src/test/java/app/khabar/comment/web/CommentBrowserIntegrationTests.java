package app.khabar.comment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
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

	/**
	 * What the reader did shows on the very next load of the page, by a plain navigation
	 * as well as a reload: the pending counter after a post, the count and the reader's
	 * own choice after a vote (the page itself stays the same for everyone).
	 */
	@Test
	void whatTheReaderDidShowsOnTheNextLoad() {
		long article = article("ساعت کار کتابخانه‌های عمومی بیشتر می‌شود", ModerationMode.PRE);
		long published = comments.store(article, null, "مینا", "خبر خوبی است.", "IR", CommentStatus.PUBLISHED,
				PUBLISHED, 3, 1);
		WebDriver driver = browser.driver();
		String url = "http://localhost:" + port + "/news/" + article;
		driver.get(url);
		String page = driver.getCurrentUrl();
		assertThat(counter(driver, "counter-pending")).isEqualTo("۰");

		write(driver, "", "کاش شنبه‌ها هم تا شب باز باشند.");
		submitWhenSolved(driver);
		waitForText(driver, By.cssSelector(".comment-form-status"), "نظر شما دریافت شد و پس از بررسی منتشر می‌شود.");
		driver.get(page);
		assertThat(counter(driver, "counter-pending")).as("pending after a navigation").isEqualTo("۱");
		driver.navigate().refresh();
		assertThat(counter(driver, "counter-pending")).as("pending after a reload").isEqualTo("۱");

		By like = By.cssSelector("#comment-" + published + " .vote-like");
		driver.findElement(like).click();
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.attributeToBe(like, "aria-pressed", "true"));
		assertThat(driver.findElement(like).findElement(By.cssSelector(".vote-count")).getText()).isEqualTo("۴");
		assertThat(driver.findElement(By.cssSelector("#comment-" + published + " .vote-status")).getText())
			.isEqualTo("رأی «موافقم» شما ثبت شد.");
		assertThat(contrast(driver, driver.findElement(like))).as("the chosen button stays readable")
			.isGreaterThanOrEqualTo(4.5);
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})",
				driver.findElement(like));
		browser.screenshot("comment-vote-liked");

		driver.get(page);
		assertThat(driver.findElement(like).findElement(By.cssSelector(".vote-count")).getText())
			.as("likes after a navigation")
			.isEqualTo("۴");
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.attributeToBe(like, "aria-pressed", "true"));
		driver.navigate().refresh();
		assertThat(driver.findElement(like).findElement(By.cssSelector(".vote-count")).getText())
			.as("likes after a reload")
			.isEqualTo("۴");
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.attributeToBe(like, "aria-pressed", "true"));
		By dislike = By.cssSelector("#comment-" + published + " .vote-dislike");
		assertThat(driver.findElement(dislike).getDomAttribute("aria-pressed")).isEqualTo("false");

		// by keyboard: Enter on the focused dislike button changes the vote, announced
		driver.findElement(dislike).sendKeys(Keys.ENTER);
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.attributeToBe(dislike, "aria-pressed", "true"));
		assertThat(driver.findElement(like).getDomAttribute("aria-pressed")).isEqualTo("false");
		assertThat(driver.findElement(By.cssSelector("#comment-" + published + " .vote-status")).getText())
			.isEqualTo("رأی «مخالفم» شما ثبت شد.");
		driver.navigate().refresh();
		assertThat(driver.findElement(like).findElement(By.cssSelector(".vote-count")).getText()).isEqualTo("۳");
		assertThat(driver.findElement(dislike).findElement(By.cssSelector(".vote-count")).getText()).isEqualTo("۲");
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.attributeToBe(dislike, "aria-pressed", "true"));
		assertThat(driver.findElement(like).getDomAttribute("aria-pressed")).isEqualTo("false");
	}

	/** WCAG contrast of an element's text colour against its own background. */
	static double contrast(WebDriver driver, WebElement element) {
		Object ratio = ((JavascriptExecutor) driver).executeScript("""
				var style = getComputedStyle(arguments[0]);
				function luminance(colour) {
				  var c = colour.match(/[0-9.]+/g).slice(0, 3).map(function (v) {
				    v = Number(v) / 255;
				    return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
				  });
				  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
				}
				var a = luminance(style.color), b = luminance(style.backgroundColor);
				return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
				""", element);
		return ((Number) ratio).doubleValue();
	}

	static String counter(WebDriver driver, String kind) {
		return driver.findElement(By.cssSelector(".counters ." + kind + " strong")).getText();
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

	/**
	 * Waits until the element's text starts with {@code text} (a receipt link may
	 * follow).
	 */
	static void waitForText(WebDriver driver, By element, String text) {
		new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.textMatches(element,
				java.util.regex.Pattern.compile("^" + java.util.regex.Pattern.quote(text))));
	}

	long article(String title, ModerationMode mode) {
		articles.ensureSection("society", "جامعه");
		return articles.store(new NewArticle("society", ArticleKind.STORY, null, title, "خلاصهٔ خبر برای آزمون.",
				"<p>متن خبر برای آزمون مرورگر.</p>", new Source("خبر", null), Byline.NONE, List.of(), Media.NONE,
				ArticleStatus.PUBLISHED, new CommentSettings(true, mode, null), PUBLISHED,
				"test:" + System.nanoTime()));
	}

}
