package app.khabar.moderation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import app.khabar.moderation.DeskFixtures;
import app.khabar.moderation.ReaderReports;
import app.khabar.support.BrowserSupport;

/**
 * A reader in real Chromium with JavaScript switched off: posts a comment through the
 * no-JavaScript question, lands on the private receipt («در انتظار بررسی»), follows the
 * rules link; then reports a published comment with the plain form, and the «گزارش‌شده»
 * queue counts it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "khabar.comment.client-limit=1000")
@Import(DeskFixtures.class)
class CommenterRightsBrowserIntegrationTests {

	@RegisterExtension
	static BrowserSupport browser = BrowserSupport.withoutJavaScript();

	@LocalServerPort
	int port;

	@Autowired
	DeskFixtures fixtures;

	@Autowired
	ReaderReports reports;

	@Test
	void aReaderWithoutJavaScriptGetsAReceiptAndReportsAComment() {
		long article = fixtures.article(DeskFixtures.unique("rights"), "برنامهٔ تازهٔ جمع‌آوری پسماند در شهر");
		long published = fixtures.published(article, null, "فرهاد", "این برنامه باید زودتر اجرا می‌شد.",
				Instant.parse("2026-11-20T08:00:00Z"));
		WebDriver driver = browser.driver();
		driver.get("http://localhost:" + port + "/news/" + article);

		assertThat(driver.findElement(By.cssSelector(".comment-form-rules a")).getAttribute("href"))
			.endsWith("/comments/rules");
		driver.findElement(By.id("comment-text")).sendKeys("ایستگاه‌های بازیافت را بیشتر کنید.");
		driver.findElement(By.cssSelector("#comment-form button[type=submit]")).click();

		// the click returns before the next page has loaded: wait for it
		var wait = new WebDriverWait(driver, Duration.ofSeconds(15));
		var fallback = wait.until(
				ExpectedConditions.presenceOfElementLocated(By.xpath("//input[@name='captchaAnswer']/ancestor::form")));
		fallback.findElement(By.name("captchaAnswer")).sendKeys(Integer.toString(answer(fallback.getText())));
		fallback.findElement(By.cssSelector("button[type=submit]")).click();

		wait.until(ExpectedConditions.urlMatches(".*/comments/receipt/[A-Za-z0-9_-]{43}$"));
		assertThat(driver.findElement(By.cssSelector(".comment-receipt-status")).getText())
			.isEqualTo("وضعیت نظر: در انتظار بررسی");
		assertThat(driver.findElement(By.cssSelector(".comment-receipt-text")).getText())
			.isEqualTo("ایستگاه‌های بازیافت را بیشتر کنید.");
		browser.screenshot("commenter-receipt");
		String receipt = driver.getCurrentUrl();
		driver.navigate().refresh();
		assertThat(driver.getCurrentUrl()).isEqualTo(receipt);
		driver.findElement(By.linkText("قواعد انتشار نظرات")).click();
		wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "قواعد انتشار نظرات"));

		long reportedBefore = reports.count();
		driver.get("http://localhost:" + port + "/news/" + article);
		driver.findElement(By.cssSelector("#comment-" + published + " a.comment-report")).click();
		wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=reason][value=PERSONAL_DATA]")))
			.click();
		driver.findElement(By.id("report-note")).sendKeys("شمارهٔ تلفن یک نفر در متن است.");
		browser.screenshot("commenter-report-form");
		driver.findElement(By.cssSelector(".comment-report-form button[type=submit]")).click();

		assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".comment-report-sent")))
			.getText()).startsWith("سپاس‌گزاریم.");
		assertThat(reports.count()).isEqualTo(reportedBefore + 1);
	}

	/** The fallback question's answer, read with the bundle's own number words. */
	static int answer(String question) {
		ResourceBundle bundle = ResourceBundle.getBundle("messages/comment");
		Map<String, Integer> numbers = new HashMap<>();
		for (int n = 0; n <= 18; n++) {
			for (String word : bundle.getString("captcha.number." + n).split("\\|")) {
				numbers.put(word, n);
			}
		}
		Matcher plus = Pattern.compile("(\\S+) به اضافهٔ (\\S+) چند").matcher(question);
		if (plus.find()) {
			return numbers.get(plus.group(1)) + numbers.get(plus.group(2));
		}
		Matcher minus = Pattern.compile("(\\S+) منهای (\\S+) چند").matcher(question);
		assertThat(minus.find()).as(question).isTrue();
		return numbers.get(minus.group(1)) - numbers.get(minus.group(2));
	}

}
