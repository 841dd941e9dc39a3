package app.khabar.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;

import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

import app.khabar.account.AccountManagement;
import app.khabar.account.NewAccount;
import app.khabar.account.Role;
import app.khabar.support.BrowserSupport;
import app.khabar.support.MutableClock;

/**
 * An editor turns on two-factor sign-in in real Chromium (reads the secret off the page,
 * as an authenticator app would from the QR code) and then signs in with a code this test
 * computes from that secret, landing on the page they first asked for.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "khabar.demo.enabled=false")
@Import(MutableClock.Config.class)
class TwoFactorBrowserIntegrationTests {

	@RegisterExtension
	static BrowserSupport browser = new BrowserSupport();

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	// the test moves it on by a step, so the second code is a new one
	@Autowired
	MutableClock clock;

	/**
	 * What an authenticator app shows now: RFC 6238 with the app defaults, by the
	 * library, not by our code.
	 */
	String authenticatorCode(byte[] secret) throws Exception {
		var totp = new TimeBasedOneTimePasswordGenerator();
		return totp.generateOneTimePasswordString(new SecretKeySpec(secret, totp.getAlgorithm()), clock.instant());
	}

	@Test
	void anEditorTurnsOnTwoFactorAndSignsInWithACodeFromTheSecret() throws Exception {
		var id = accounts.create(new NewAccount("leila.editor", "لیلا احمدی", "Temp-pass-2468", Set.of(Role.EDITOR)));
		accounts.changeOwnPassword(id, "Temp-pass-2468", "Own-pass-1357-x");
		WebDriver driver = browser.driver();
		var wait = new WebDriverWait(driver, Duration.ofSeconds(10));
		signIn(driver, "/account/two-factor");
		wait.until(d -> d.getCurrentUrl().contains("/account/two-factor"));

		var qr = driver.findElement(By.cssSelector("figure.qr-code svg"));
		assertThat(qr.getSize().getWidth()).isEqualTo(240);
		assertThat(driver.findElement(By.cssSelector("figure.qr-code path")).getDomAttribute("d"))
			.startsWith("M4,4h1v1h-1z");
		String shown = driver.findElement(By.id("two-factor-secret")).getText();
		assertThat(shown).matches("([A-Z2-7]{4} ){7}[A-Z2-7]{4}");
		byte[] secret = new Base32().decode(shown.replace(" ", ""));
		browser.screenshot("two-factor-enrolment");

		driver.findElement(By.id("enrol-code")).sendKeys(authenticatorCode(secret));
		driver.findElement(By.cssSelector("form[action='/account/two-factor'] button[type=submit]")).click();
		wait.until(d -> !d.findElements(By.id("recovery-codes")).isEmpty());
		assertThat(driver.findElements(By.cssSelector("#recovery-codes li"))).hasSize(10);
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("کدهای پشتیبان");
		browser.screenshot("two-factor-recovery-codes");
		driver.findElement(By.id("recovery-codes-done")).click();
		wait.until(d -> d.getCurrentUrl().endsWith("/newsroom"));

		driver.get(url("/account/two-factor"));
		assertThat(driver.findElement(By.id("two-factor-state")).getText()).startsWith("ورود دومرحله‌ای از");
		driver.findElement(By.cssSelector("form[action='/logout'] button")).click();
		wait.until(d -> d.getCurrentUrl().contains("/login"));

		clock.advance(Duration.ofSeconds(30));
		signIn(driver, "/newsroom");
		wait.until(d -> d.getCurrentUrl().endsWith("/login/code"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("کد ورود دومرحله‌ای");
		driver.get(url("/newsroom"));
		assertThat(driver.getCurrentUrl()).as("no newsroom before the code").endsWith("/login/code");
		driver.findElement(By.id("sign-in-code"))
			.sendKeys("000000".equals(authenticatorCode(secret)) ? "111111" : "000000");
		driver.findElement(By.cssSelector("form[action='/login/code'] button[type=submit]")).click();
		wait.until(d -> d.getCurrentUrl().endsWith("/login/code?error"));
		assertThat(driver.findElement(By.cssSelector("[role=alert]")).getText()).startsWith("کد درست نیست");
		browser.screenshot("two-factor-wrong-code");

		driver.findElement(By.id("sign-in-code")).sendKeys(authenticatorCode(secret));
		driver.findElement(By.cssSelector("form[action='/login/code'] button[type=submit]")).click();
		wait.until(d -> d.getCurrentUrl().contains("/newsroom"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isNotBlank();
		assertThat(driver.getCurrentUrl()).doesNotContain("/login");
	}

	private void signIn(WebDriver driver, String page) {
		driver.get(url(page));
		driver.findElement(By.id("login-username")).sendKeys("leila.editor");
		driver.findElement(By.id("login-password")).sendKeys("Own-pass-1357-x");
		driver.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
