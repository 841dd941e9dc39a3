package app.khabar.moderation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import app.khabar.account.StaffMember;
import app.khabar.comment.CommentReview;
import app.khabar.comment.CommentStatus;
import app.khabar.moderation.DeskFixtures;
import app.khabar.moderation.NoModel;
import app.khabar.moderation.ScreeningModels;
import app.khabar.moderation.screening.RiskModelTestFiles;
import app.khabar.support.BrowserSupport;

/**
 * With the screening model on, a moderator in real Chromium finds the queue riskiest
 * first with each score beside its comment, presses {@code l}, is asked whether to
 * publish the two lowest-risk comments held only for pre-moderation, and after
 * {@code Enter} those two are published while the insult and the phone number wait.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(DeskFixtures.class)
class LowestRiskBrowserIntegrationTests {

	@RegisterExtension
	static BrowserSupport browser = new BrowserSupport();

	@LocalServerPort
	int port;

	@Autowired
	DeskFixtures fixtures;

	@Autowired
	ScreeningModels models;

	@Autowired
	CommentReview comments;

	@Value("${khabar.data-dir}")
	String dataDir;

	/** Other tests of this context expect no model, as on a new site. */
	@AfterEach
	void noModel() throws Exception {
		NoModel.restore(models, dataDir);
	}

	@Test
	void theLowestRiskPageIsPublishedWithOneKeyAfterSayingHowMany() throws Exception {
		models.train(RiskModelTestFiles.labelled());
		StaffMember moderator = fixtures.moderator("مهسا میزبان");
		long article = fixtures.article(DeskFixtures.unique("lowest"), "بازگشایی کتابخانهٔ مرکزی شهر");
		long fine = fixtures.posted(article, "گزارش دقیقی بود، ممنون از خبرنگارتان").id();
		long hopeful = fixtures.posted(article, "امیدوارم کتابخانه‌های دیگر هم زودتر باز شوند").id();
		long insult = fixtures.posted(article, "این نویسنده یک احمق بی‌شرف و مزدور است، خفه شو").id();
		long phone = fixtures.posted(article, "کتاب ارزان بخرید، تماس ۰۹۱۲ ۱۲۳ ۴۵۶۷").id();
		WebDriver driver = browser.driver();
		var wait = new WebDriverWait(driver, Duration.ofSeconds(15));

		DeskFixtures.signIn(driver, wait, url("/login"), moderator);

		driver.get(url("/moderation?article=" + article));
		var first = driver.findElement(By.cssSelector(".mod-item"));
		wait.until(ExpectedConditions.attributeContains(first, "class", "is-current"));
		assertThat(first.getDomAttribute("data-id")).isEqualTo(Long.toString(insult));
		assertThat(first.findElement(By.cssSelector(".mod-risk")).getText()).startsWith("احتمال توهین: ۰٫");
		assertThat(driver.findElement(By.id("f-order")).getDomProperty("value")).isEqualTo("RISKIEST");

		new Actions(driver).sendKeys("l").perform();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("mod-lowest-dialog")));
		assertThat(driver.getCurrentUrl()).contains("order=LOWEST_RISK", "reason=PREMODERATION");
		assertThat(driver.findElement(By.id("mod-lowest-question")).getText()).startsWith("۲ نظر این صفحه");
		browser.screenshot("moderation-lowest-risk-confirm");

		new Actions(driver).sendKeys("\n").perform();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "۲ نظر بررسی شد"));

		for (long published : List.of(fine, hopeful)) {
			assertThat(comments.find(published).orElseThrow().status()).isEqualTo(CommentStatus.PUBLISHED);
		}
		for (long waiting : List.of(insult, phone)) {
			assertThat(comments.find(waiting).orElseThrow().status()).isEqualTo(CommentStatus.PENDING);
		}
		assertThat(driver.findElements(By.id("lowest-form"))).isEmpty();
		browser.screenshot("moderation-lowest-risk-approved");
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
