package app.khabar.moderation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import app.khabar.account.Role;
import app.khabar.account.StaffMember;
import app.khabar.feed.Box;
import app.khabar.feed.Curation;
import app.khabar.moderation.DeskFixtures;
import app.khabar.support.BrowserSupport;

/**
 * Staff find their way, in real Chromium: signing in lands on the member's own desk; one
 * staff bar on every staff page with only the desks their roles open, their name and
 * sign-out; the queue, the newsroom desk and the editor fit a 412 px phone; the queue
 * assumes no reject reason, a reply's card recalls the comment it answers, and the
 * dashboard says waits in days, hours or minutes under a chart with axes.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(DeskFixtures.class)
class StaffPagesBrowserIntegrationTests {

	@RegisterExtension
	static BrowserSupport browser = new BrowserSupport();

	@LocalServerPort
	int port;

	@Autowired
	DeskFixtures fixtures;

	@Autowired
	Curation curation;

	/** Each test signs in afresh, whatever the one before left. */
	@BeforeEach
	void signedOut() {
		browser.driver().get(url("/login"));
		browser.driver().manage().deleteAllCookies();
	}

	@Test
	void aModeratorLandsOnTheQueueWithOnlyTheirDeskAndTheQueueFitsAPhone() {
		StaffMember moderator = fixtures.moderator("نسرین داوری");
		long article = fixtures.article(DeskFixtures.unique("staffbar"), "گزارش بارش باران در شمال کشور");
		long parent = fixtures.pending(article, "مهدی", "باران امسال زودتر از همیشه آمد و جاده‌ها را بست",
				Instant.now().minus(Duration.ofDays(5)).minusSeconds(600));
		fixtures.pendingReply(article, parent, "لیلا", "جادهٔ هراز هم بسته بود", Instant.now().minusSeconds(3 * 3600));
		WebDriver driver = browser.driver();
		var wait = new WebDriverWait(driver, Duration.ofSeconds(15));
		browser.windowSize(1366, 900);
		driver.get(url("/login"));
		DeskFixtures.signIn(driver, wait, url("/login"), moderator);
		assertThat(driver.getCurrentUrl()).endsWith("/moderation");

		assertThat(desks(driver)).containsExactly("بررسی نظرات");
		assertThat(driver.findElement(By.cssSelector(".staff-bar .staff-desks a[aria-current]")).getText())
			.isEqualTo("بررسی نظرات");
		assertThat(driver.findElement(By.cssSelector(".staff-bar .staff-name")).getText()).isEqualTo("نسرین داوری");

		driver.get(url("/moderation?article=" + article));
		WebElement reply = driver
			.findElement(By.xpath("//li[contains(@class,'mod-item')][.//p[@class='mod-text' and contains(.,'هراز')]]"));
		assertThat(reply.findElement(By.cssSelector(".mod-parent")).getText()).contains("در پاسخ به مهدی",
				"باران امسال زودتر از همیشه آمد");
		for (WebElement select : driver.findElements(By.cssSelector(".mod-reject select, #bulk-reason"))) {
			assertThat(new Select(select).getFirstSelectedOption().getDomAttribute("value")).as("no reason assumed")
				.isEmpty();
		}
		browser.screenshot("staff-queue-1366");
		browser.windowSize(412, 900);
		driver.navigate().refresh();
		assertFitsThePhone(driver, "queue");
		browser.screenshot("staff-queue-412");

		browser.windowSize(1366, 900);
		driver.get(url("/moderation/dashboard"));
		// other tests' comments share the database: the median may be minutes, never
		// «۷۴۴۸ دقیقه»
		assertThat(driver.findElement(By.cssSelector(".mod-stats")).getText()).contains("۵ روز")
			.doesNotContainPattern("[۰-۹]{3,} دقیقه");
		assertThat(driver.findElements(By.cssSelector(".mod-chart svg text.mod-axis-hour")))
			.as("every third of 25 hours")
			.hasSize(9);
		assertThat(driver.findElements(By.cssSelector(".mod-chart svg text.mod-axis-count"))).isNotEmpty();
		browser.screenshot("staff-dashboard-1366");

		driver.get(url("/account/password"));
		assertThat(desks(driver)).containsExactly("بررسی نظرات");
		driver.findElement(By.cssSelector(".staff-logout button")).click();
		wait.until(d -> d.getCurrentUrl().endsWith("/login?logout"));
		assertThat(driver.findElements(By.cssSelector(".staff-bar"))).as("no bar before signing in").isEmpty();
	}

	@Test
	void anEditorLandsOnTheNewsroomAndItsDeskAndEditorFitAPhone() {
		StaffMember editor = fixtures.staff("کیوان دبیر", Role.EDITOR);
		WebDriver driver = browser.driver();
		var wait = new WebDriverWait(driver, Duration.ofSeconds(15));
		browser.windowSize(1366, 900);
		DeskFixtures.signIn(driver, wait, url("/login"), editor);
		assertThat(driver.getCurrentUrl()).endsWith("/newsroom");
		assertThat(desks(driver)).containsExactly("تحریریه");
		browser.screenshot("staff-newsroom-1366");
		browser.windowSize(412, 900);
		driver.navigate().refresh();
		assertFitsThePhone(driver, "newsroom desk");
		browser.screenshot("staff-newsroom-412");
		driver.get(url("/newsroom/articles/new"));
		assertFitsThePhone(driver, "editor");
		browser.screenshot("staff-editor-412");
		browser.windowSize(1366, 900);
		driver.navigate().refresh();
		browser.screenshot("staff-editor-1366");

		// the preview says it is one, and offers nothing that works only once published
		long article = fixtures.article(DeskFixtures.unique("preview"), "پیش‌بینی هوای آخر هفته");
		driver.get(url("/newsroom/articles/" + article + "/preview"));
		assertThat(driver.findElement(By.cssSelector(".preview-banner")).getText()).contains("پیش‌نمایش");
		assertThat(driver.findElements(By.cssSelector("form.comment-form, .article-share"))).isEmpty();
		browser.screenshot("staff-preview-1366");

		// curation reorders in place: no reload, the focus stays on the button used
		long first = fixtures.article(DeskFixtures.unique("box"), "نخستین خبر جعبه");
		long second = fixtures.article(DeskFixtures.unique("box"), "دومین خبر جعبه");
		List<Long> before = curation.articleIdsOf(Box.DONT_MISS);
		curation.replace(Box.DONT_MISS, List.of(first, second));
		try {
			driver.get(url("/newsroom/curation"));
			((JavascriptExecutor) driver).executeScript("window.stillHere = true");
			WebElement box = driver.findElement(By.cssSelector("ol.curation-order[data-box=DONT_MISS]"));
			WebElement down = box
				.findElement(By.cssSelector("li[data-article='" + first + "'] form[data-move=down] button"));
			down.click();
			wait.until(d -> curation.articleIdsOf(Box.DONT_MISS).equals(List.of(second, first)));
			wait.until(d -> box.findElements(By.cssSelector(":scope > li"))
				.getFirst()
				.getDomAttribute("data-article")
				.equals(Long.toString(second)));
			assertThat(((JavascriptExecutor) driver).executeScript("return window.stillHere")).as("no reload")
				.isEqualTo(true);
			assertThat(driver.switchTo().activeElement()).isEqualTo(down);
			// the script sets the announcement 50 ms after the move, so that screen
			// readers read it again
			wait.until(ExpectedConditions.textToBe(By.id("curation-status"), "ترتیب جعبه ذخیره شد."));
			browser.screenshot("staff-curation-1366");
			browser.windowSize(412, 900);
			driver.navigate().refresh();
			browser.screenshot("staff-curation-412");
			browser.windowSize(1366, 900);
			driver.get(url("/newsroom/audit"));
			assertThat(driver.findElement(By.cssSelector("table.audit tbody")).getText())
				.contains("«این مطالب را از دست ندهید»: بردن به پایین", "کیوان دبیر")
				.doesNotContain("DONT_MISS");
			browser.screenshot("staff-audit-1366");
		}
		finally {
			curation.replace(Box.DONT_MISS, before);
		}
		driver.findElement(By.cssSelector(".staff-logout button")).click();
		wait.until(d -> d.getCurrentUrl().endsWith("/login?logout"));
	}

	@Test
	void anAdminSeesEveryDeskAndASavedPageWinsOverTheirHome() {
		StaffMember admin = fixtures.staff("مدیر سایت", Role.ADMIN);
		WebDriver driver = browser.driver();
		var wait = new WebDriverWait(driver, Duration.ofSeconds(15));
		browser.windowSize(1366, 900);
		driver.get(url("/moderation/dashboard"));
		wait.until(d -> d.getCurrentUrl().contains("/login"));
		DeskFixtures.signIn(driver, wait, driver.getCurrentUrl(), admin);
		assertThat(driver.getCurrentUrl()).as("the saved request").endsWith("/moderation/dashboard");
		assertThat(desks(driver)).containsExactly("تحریریه", "بررسی نظرات", "حساب‌ها");
		driver.get(url("/admin/accounts"));
		assertThat(driver.findElement(By.cssSelector(".staff-bar .staff-desks a[aria-current]")).getText())
			.isEqualTo("حساب‌ها");
		browser.screenshot("staff-accounts-1366");
		driver.findElement(By.cssSelector(".staff-logout button")).click();
		wait.until(d -> d.getCurrentUrl().endsWith("/login?logout"));
	}

	private static List<String> desks(WebDriver driver) {
		return driver.findElements(By.cssSelector(".staff-bar .staff-desks a"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	private static void assertFitsThePhone(WebDriver driver, String page) {
		long width = ((Number) ((JavascriptExecutor) driver)
			.executeScript("return document.documentElement.scrollWidth")).longValue();
		assertThat(width).as(page + " is no wider than a 412 px phone").isLessThanOrEqualTo(412);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
