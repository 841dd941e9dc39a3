package app.khabar.live.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
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
import app.khabar.live.EntryText;
import app.khabar.live.LiveDesk;
import app.khabar.support.BrowserSupport;

/**
 * A reader keeps a live page open while an editor publishes an entry from the live desk
 * with Ctrl+Enter: the reader's page shows «۱ به‌روزرسانی تازه» without a reload, and the
 * entry goes in at the top of the timeline only when the reader asks; so do a correction
 * and a removal. Bad input to the desk (a huge entry, an unknown entry, an entry on an
 * ended page) gets a Persian 4xx.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "khabar.newsroom.scheduled-publishing=false", "khabar.demo.enabled=false" })
class LiveBrowserIntegrationTests {

	@RegisterExtension
	static BrowserSupport browser = new BrowserSupport();

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Autowired
	ArticleImport articles;

	@Autowired
	LiveDesk desk;

	@Test
	void anOpenReaderPageOffersTheEditorsNewEntryWithoutAReload() {
		articles.ensureSection("society", "جامعه");
		long page = articles.store(new NewArticle("society", ArticleKind.LIVE, null, "بارش برف در شهر",
				"تازه‌ترین خبرهای برف", "<p>آنچه می‌دانیم</p>", new Source("خبر", null), Byline.NONE, List.of(),
				Media.NONE, ArticleStatus.PUBLISHED, CommentSettings.DEFAULT, Instant.now().minusSeconds(600), null));
		desk.start(page);
		long dawn = desk.post(page, "system", EntryText.plain(null, "برف از بامداد آغاز شد.", "گروه اجتماعی"));
		AccountId id = accounts
			.create(new NewAccount("leila.editor", "لیلا رضایی", "Temp-pass-1234", Set.of(Role.EDITOR)));
		accounts.changeOwnPassword(id, "Temp-pass-1234", "Own-pass-5678-x");

		WebDriver driver = browser.driver();
		var wait = new WebDriverWait(driver, Duration.ofSeconds(30));
		driver.get(url("/news/" + page));
		JavascriptExecutor js = (JavascriptExecutor) driver;
		js.executeScript("window.notReloaded = true;");
		WebElement button = driver.findElement(By.cssSelector(".live-updates-button"));
		assertThat(button.isDisplayed()).isFalse();
		String reader = driver.getWindowHandle();

		driver.switchTo().newWindow(WindowType.TAB);
		driver.get(url("/login"));
		driver.findElement(By.id("login-username")).sendKeys("leila.editor");
		driver.findElement(By.id("login-password")).sendKeys("Own-pass-5678-x");
		driver.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
		wait.until(d -> !d.getCurrentUrl().contains("/login"));
		// the article's editor leads to its live desk
		driver.get(url("/newsroom/articles/" + page + "/edit"));
		driver.findElement(By.cssSelector("a.live-desk-link")).click();
		wait.until(d -> d.getCurrentUrl().endsWith("/newsroom/live/" + page));
		driver.findElement(By.id("live-title")).sendKeys("مدرسه‌ها تعطیل شد");
		WebElement body = driver.findElement(By.id("live-body"));
		body.sendKeys("همهٔ مدرسه‌های شهر فردا تعطیل است.");
		// the draft is saved as the reporter types
		wait.until(d -> !d.findElement(By.cssSelector(".live-desk-saved")).getText().isBlank());
		body.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
		wait.until(d -> d.findElements(By.cssSelector(".live-desk-entries h3"))
			.stream()
			.anyMatch(h -> h.getText().equals("مدرسه‌ها تعطیل شد")));
		browser.screenshot("live-desk");

		badInputGetsAPersian4xx(js, page);

		driver.switchTo().window(reader);
		// coming back to the tab checks at once; otherwise the next check, in 10 s
		wait.until(d -> d.findElement(By.cssSelector(".live-updates-button")).isDisplayed());
		assertThat(button.getText()).isEqualTo("۱ به‌روزرسانی تازه");
		assertThat(js.executeScript("return window.notReloaded === true;")).isEqualTo(true);
		assertThat(driver.findElements(By.cssSelector(".live-timeline .live-entry"))).hasSize(1);
		browser.screenshot("live-reader-update");

		button.click();
		List<WebElement> entries = driver.findElements(By.cssSelector(".live-timeline .live-entry"));
		assertThat(entries).hasSize(2);
		assertThat(entries.getFirst().findElement(By.cssSelector(".live-entry-title")).getText())
			.isEqualTo("مدرسه‌ها تعطیل شد");
		assertThat(button.isDisplayed()).isFalse();
		assertThat(js.executeScript("return window.notReloaded === true;")).isEqualTo(true);

		// a correction and a removal reach the open page the same way, when the reader
		// asks
		long schools = Long.parseLong(entries.getFirst().getDomAttribute("data-entry"));
		desk.correct(page, dawn, EntryText.plain(null, "برف از نیمه‌شب آغاز شد.", "گروه اجتماعی"));
		desk.remove(page, schools);
		wait.until(d -> d.findElement(By.cssSelector(".live-updates-button")).isDisplayed());
		assertThat(button.getText()).isEqualTo("۲ به‌روزرسانی تازه");
		assertThat(driver.findElements(By.cssSelector(".live-timeline .live-entry"))).as("nothing moved yet")
			.hasSize(2);
		button.click();
		entries = driver.findElements(By.cssSelector(".live-timeline .live-entry"));
		assertThat(entries).hasSize(1);
		assertThat(entries.getFirst().findElement(By.cssSelector(".live-entry-body")).getText())
			.isEqualTo("برف از نیمه‌شب آغاز شد.");
		assertThat(entries.getFirst().findElement(By.cssSelector(".live-entry-corrected")).getText())
			.startsWith("اصلاح‌شده در");
		assertThat(button.isDisplayed()).isFalse();
		assertThat(js.executeScript("return window.notReloaded === true;")).isEqualTo(true);
		browser.screenshot("live-reader-correction");
		// the refused posts above are logged as failed loads; nothing else may be
		assertThat(browser.consoleMessages()).allMatch(line -> line.contains("favicon.ico")
				|| line.contains("/newsroom/live/") && line.contains("status of 4"));
	}

	/**
	 * Posts from the desk's own page (its session and CSRF token) what a form could not.
	 */
	@SuppressWarnings("unchecked")
	private void badInputGetsAPersian4xx(JavascriptExecutor js, long page) {
		String post = """
				const form = document.getElementById('live-entry-form');
				const headers = {'Accept': 'text/html'};
				headers[form.dataset.csrfHeader] = form.dataset.csrfToken;
				return fetch(arguments[0], {method: 'POST', headers: headers, body: new URLSearchParams(arguments[1])})
				  .then(r => r.text().then(t => ({status: r.status, text: t})));
				""";
		Map<String, Object> huge = (Map<String, Object>) js.executeScript(post, "/newsroom/live/" + page + "/entries",
				Map.of("body", "ب".repeat(EntryText.MAX_BODY + 1)));
		assertThat(huge.get("status")).isEqualTo(400L);
		assertThat((String) huge.get("text")).contains("بلندتر از");
		Map<String, Object> unknown = (Map<String, Object>) js.executeScript(post,
				"/newsroom/live/" + page + "/entries/987654321/remove", Map.of());
		assertThat(unknown.get("status")).isEqualTo(404L);
		assertThat((String) unknown.get("text")).contains("این به‌روزرسانی در این صفحه پیدا نشد");
		long ended = articles.store(new NewArticle("society", ArticleKind.LIVE, null, "پوشش پایان‌یافته", "",
				"<p>—</p>", new Source("خبر", null), Byline.NONE, List.of(), Media.NONE, ArticleStatus.PUBLISHED,
				CommentSettings.DEFAULT, Instant.now().minusSeconds(600), null));
		desk.start(ended);
		desk.end(ended);
		Map<String, Object> late = (Map<String, Object>) js.executeScript(post, "/newsroom/live/" + ended + "/entries",
				Map.of("body", "دیر رسید"));
		assertThat(late.get("status")).isEqualTo(409L);
		assertThat((String) late.get("text")).contains("پوشش این صفحه پایان یافته است");
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
