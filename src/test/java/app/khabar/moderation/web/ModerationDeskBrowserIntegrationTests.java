package app.khabar.moderation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import app.khabar.account.StaffMember;
import app.khabar.article.ArticleCatalog;
import app.khabar.moderation.DeskFixtures;
import app.khabar.support.BrowserSupport;

/**
 * A moderator logs in in real Chromium, opens the queue and approves a pending comment
 * with the keyboard ({@code a}); the public article page then shows the comment, and its
 * counters moved (published +1, awaiting review −1).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(DeskFixtures.class)
class ModerationDeskBrowserIntegrationTests {

	@RegisterExtension
	static BrowserSupport browser = new BrowserSupport();

	@LocalServerPort
	int port;

	@Autowired
	DeskFixtures fixtures;

	@Autowired
	ArticleCatalog catalog;

	@Test
	void aModeratorApprovesWithTheKeyboardAndTheArticlePageFollows() {
		StaffMember moderator = fixtures.moderator("شیرین میزبان");
		long article = fixtures.article(DeskFixtures.unique("browser"), "بارش نخستین برف پاییزی در البرز");
		fixtures.pending(article, "بهرام", "جاده‌ی چالوس را زودتر ببندید <b>لطفا</b>", Instant.now().minusSeconds(300));
		String path = catalog.find(article).orElseThrow().path();
		WebDriver driver = browser.driver();
		var wait = new WebDriverWait(driver, Duration.ofSeconds(15));

		driver.get(url(path));
		assertThat(counter(driver, "counter-published")).isEqualTo("۰");
		assertThat(counter(driver, "counter-pending")).isEqualTo("۱");
		assertThat(driver.getPageSource()).doesNotContain("جاده‌ی چالوس");

		DeskFixtures.signIn(driver, wait, url("/login"), moderator);

		driver.get(url("/moderation?article=" + article));
		WebElement item = driver.findElement(By.cssSelector(".mod-item"));
		wait.until(ExpectedConditions.attributeContains(item, "class", "is-current"));
		// stored text is shown as text, never as markup
		assertThat(item.findElement(By.cssSelector(".mod-text")).getText()).contains("<b>لطفا</b>");
		assertThat(driver.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("rtl");

		new Actions(driver).sendKeys("?").perform();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("mod-help")));
		new Actions(driver).sendKeys("?").perform();
		wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("mod-help")));

		new Actions(driver).sendKeys("a").perform();
		wait.until(ExpectedConditions.attributeContains(item, "class", "is-decided"));
		assertThat(item.getDomAttribute("data-status")).isEqualTo("PUBLISHED");
		assertThat(driver.findElement(By.id("notice")).getText()).contains("نظر منتشر شد");
		browser.screenshot("moderation-queue-approved");

		// the page may be held for seconds by design (max-age); a reload revalidates it
		// with its ETag
		driver.get(url(path));
		driver.navigate().refresh();
		assertThat(counter(driver, "counter-published")).isEqualTo("۱");
		assertThat(counter(driver, "counter-pending")).isEqualTo("۰");
		assertThat(driver.findElement(By.cssSelector(".comment-list")).getText())
			.contains("جاده‌ی چالوس را زودتر ببندید <b>لطفا</b>", "بهرام");
		browser.screenshot("moderation-article-after-approval");
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private static String counter(WebDriver driver, String kind) {
		return driver.findElement(By.cssSelector(".counters ." + kind + " strong")).getText();
	}

}
