package app.khabar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.khabar.support.BrowserSupport;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ErrorPageBrowserIntegrationTests {

	@RegisterExtension
	static BrowserSupport browser = new BrowserSupport();

	@LocalServerPort
	int port;

	@Test
	void showsThePersianNotFoundPageRightToLeftInTheBundledFont() throws Exception {
		WebDriver driver = browser.driver();
		driver.get("http://localhost:" + port + "/no-such-page");

		assertThat(driver.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("rtl");
		assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("fa");
		assertThat(driver.findElement(By.cssSelector(".error-message")).getText())
			.isEqualTo("صفحه‌ای که دنبالش بودید پیدا نشد.");
		assertThat(driver.findElement(By.cssSelector(".error-status")).getText()).isEqualTo("۴۰۴");
		assertThat(driver.findElement(By.tagName("body")).getCssValue("direction")).isEqualTo("rtl");
		// the page asked for the font from our own origin and the browser loaded it
		Object fontLoaded = ((JavascriptExecutor) driver).executeAsyncScript(
				"const done = arguments[0]; document.fonts.ready.then(() => done(document.fonts.check('16px Vazirmatn')));");
		assertThat(fontLoaded).isEqualTo(true);

		assertThat(Files.size(browser.screenshot("error-404"))).isPositive();
		browser.windowSize(390, 844);
		browser.screenshot("error-404-phone");
	}

}
