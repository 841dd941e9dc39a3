package app.khabar.moderation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import app.khabar.moderation.DeskFixtures;
import app.khabar.moderation.ModerationRules;
import app.khabar.moderation.NoModel;
import app.khabar.moderation.RiskThresholds;
import app.khabar.moderation.ScreeningModels;
import app.khabar.moderation.screening.RiskModelTestFiles;
import app.khabar.support.BrowserSupport;

/**
 * A moderator in real Chromium reaches the model page from the desk's menu, reads the
 * model's state, types a wrong threshold and gets the Persian refusal with the value
 * kept, then saves Persian-digit thresholds.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(DeskFixtures.class)
class ModelPageBrowserIntegrationTests {

	@RegisterExtension
	static BrowserSupport browser = new BrowserSupport();

	@LocalServerPort
	int port;

	@Autowired
	DeskFixtures fixtures;

	@Autowired
	ScreeningModels models;

	@Autowired
	ModerationRules rules;

	@Value("${khabar.data-dir}")
	String dataDir;

	/** Other tests of this context expect no model, as on a new site. */
	@AfterEach
	void noModel() throws Exception {
		NoModel.restore(models, dataDir);
	}

	@AfterEach
	void siteDefaults() {
		rules.setRiskThresholds(RiskThresholds.SITE_DEFAULT);
	}

	@Test
	void aModeratorSetsTheThresholdsOnTheModelPage() throws Exception {
		models.train(RiskModelTestFiles.labelled());
		var moderator = fixtures.moderator("پریسا ناظری");
		WebDriver driver = browser.driver();
		var wait = new WebDriverWait(driver, Duration.ofSeconds(15));
		DeskFixtures.signIn(driver, wait, url("/login"), moderator);

		driver.get(url("/moderation"));
		driver.findElement(By.cssSelector("a[href='/moderation/model']")).click();
		wait.until(ExpectedConditions.urlContains("/moderation/model"));
		assertThat(driver.findElement(By.id("model-state")).getText()).contains("مدل روشن است", "نسخه");

		var hold = driver.findElement(By.id("risk-hold"));
		hold.clear();
		hold.sendKeys("خیلی");
		hold.submit();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "آستانه‌ها باید"));
		assertThat(driver.findElement(By.id("risk-hold")).getDomProperty("value")).isEqualTo("خیلی");
		browser.screenshot("moderation-model-refused");

		hold = driver.findElement(By.id("risk-hold"));
		hold.clear();
		hold.sendKeys("۰٫۷");
		driver.findElement(By.id("risk-low")).sendKeys("۰٫۱");
		hold.submit();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "تنظیم مدل ذخیره شد"));
		assertThat(rules.riskThresholds()).isEqualTo(new RiskThresholds(0.1, 0.7, null));
		assertThat(driver.findElement(By.id("risk-hold")).getDomProperty("value")).isEqualTo("۰٫۷");
		browser.screenshot("moderation-model-saved");
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
