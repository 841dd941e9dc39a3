package app.khabar.newsroom.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import app.khabar.account.AccountId;
import app.khabar.account.AccountManagement;
import app.khabar.account.NewAccount;
import app.khabar.account.Role;
import app.khabar.article.ArticleImport;
import app.khabar.article.ArticleKind;
import app.khabar.article.ArticleLifecycle;
import app.khabar.article.ArticleStatus;
import app.khabar.article.Byline;
import app.khabar.article.CommentSettings;
import app.khabar.article.Media;
import app.khabar.article.NewArticle;
import app.khabar.article.Source;
import app.khabar.media.TestImages;
import app.khabar.persian.JalaliInput;
import app.khabar.support.BrowserSupport;
import app.khabar.support.MutableClock;

/**
 * An editor writes, formats, schedules and features an article in real Chromium, and a
 * reader sees it once it is due: the newsroom's editor script, its forms and the public
 * pages together. The automatic scheduler is off and the clock is the test's, so the
 * article goes out when the test moves time on and runs the due publishing itself.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "khabar.newsroom.scheduled-publishing=false", "khabar.demo.enabled=false" })
@Import(NewsroomBrowserIntegrationTests.Config.class)
class NewsroomBrowserIntegrationTests {

	// starts at the real time, so logins and uploads behave as usual until the test moves
	// it on
	static final MutableClock clock = new MutableClock(Instant.now());

	@TestConfiguration(proxyBeanMethods = false)
	static class Config {

		@Bean
		@Primary
		Clock testClock() {
			return clock;
		}

	}

	@RegisterExtension
	static BrowserSupport browser = new BrowserSupport();

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Autowired
	ArticleImport articles;

	@Autowired
	ArticleLifecycle lifecycle;

	@Test
	void editorWritesSchedulesAndFeaturesAnArticleThatReadersSeeOnceItIsDue(@TempDir Path temp) throws Exception {
		articles.ensureSection("economy", "اقتصاد");
		articles.ensureSection("culture", "فرهنگ و هنر");
		long other = articles.store(new NewArticle("economy", ArticleKind.STORY, null, "بازار ارز در هفته‌ای آرام",
				"نرخ‌ها در بازار تغییر چندانی نکرد.", "<p>گزارش بازار.</p>", new Source("خبر", null), Byline.NONE,
				List.of(), Media.NONE, ArticleStatus.PUBLISHED, CommentSettings.DEFAULT,
				Instant.now().minusSeconds(3600), null));
		AccountId id = accounts
			.create(new NewAccount("nasrin.editor", "نسرین کاظمی", "Temp-pass-1234", Set.of(Role.EDITOR)));
		accounts.changeOwnPassword(id, "Temp-pass-1234", "Own-pass-5678-x");

		WebDriver driver = browser.driver();
		var wait = new WebDriverWait(driver, Duration.ofSeconds(10));
		driver.get(url("/login"));
		driver.findElement(By.id("login-username")).sendKeys("nasrin.editor");
		driver.findElement(By.id("login-password")).sendKeys("Own-pass-5678-x");
		driver.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
		wait.until(d -> !d.getCurrentUrl().contains("/login"));

		driver.get(url("/newsroom/articles/new"));
		String kicker = "گزارش ویژه";
		String title = "همکاری‌ها در بازار کتاب بیشتر می‌شود";
		String lead = "ناشران می‌گویند همکاری‌ها با کتاب‌فروشی‌ها بیشتر می‌شود.";
		driver.findElement(By.id("kicker")).sendKeys(kicker);
		driver.findElement(By.id("title")).sendKeys(title);
		driver.findElement(By.id("lead")).sendKeys(lead);

		WebElement surface = driver.findElement(By.id("body-surface"));
		assertThat(surface.isDisplayed()).as("the script replaced the textarea with the rich-text surface").isTrue();
		assertThat(driver.findElement(By.id("body")).isDisplayed()).isFalse();
		surface.click();
		surface.sendKeys("نمایشگاه امسال با حضور ناشران مستقل برگزار شد.");
		// the editor selects one word, as a double-click would, and presses the toolbar's
		// bold button
		((JavascriptExecutor) driver).executeScript("""
				const surface = arguments[0];
				const text = surface.querySelector('p') ? surface.querySelector('p').firstChild : surface.firstChild;
				const start = text.data.indexOf('مستقل');
				const range = document.createRange();
				range.setStart(text, start);
				range.setEnd(text, start + 'مستقل'.length);
				const selection = window.getSelection();
				selection.removeAllRanges();
				selection.addRange(range);
				""", surface);
		driver.findElement(By.cssSelector(".editor-toolbar button[data-cmd=bold]")).click();
		assertThat(surface.findElement(By.cssSelector("b, strong")).getText()).isEqualTo("مستقل");
		assertThat(driver.findElement(By.id("body")).getDomProperty("value"))
			.isEqualTo("<p>نمایشگاه امسال با حضور ناشران <strong>مستقل</strong> برگزار شد.</p>");

		new Select(driver.findElement(By.id("section"))).selectByVisibleText("فرهنگ و هنر");
		// the lead picture goes up as the editor picks it; the script puts the answer's
		// path into the media field
		Path picture = Files.write(temp.resolve("نمایشگاه-کتاب.png"), TestImages.png(1200, 800, false));
		driver.findElement(By.id("media-file")).sendKeys(picture.toAbsolutePath().toString());
		wait.until(d -> !d.findElement(By.id("mediaRef")).getDomProperty("value").isEmpty());
		assertThat(driver.findElement(By.id("mediaRef")).getDomProperty("value"))
			.matches("/media/[0-9a-f]{32}-\\d+\\.\\w+");
		driver.findElement(By.id("mediaCaption")).sendKeys("غرفه‌های نمایشگاه کتاب");
		((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
		browser.screenshot("newsroom-editor");
		driver.findElement(By.cssSelector("#editor-form .form-actions button[type=submit]")).click();
		// "saved" when the ten-second autosave had already created the draft on a slow
		// machine
		wait.until(ExpectedConditions.urlMatches("/newsroom/articles/\\d+/edit$"));
		wait.until(
				ExpectedConditions.textMatches(By.id("notice"), Pattern.compile("پیش‌نویس ساخته شد.|خبر ذخیره شد.")));

		// the editor types a Jalali time a few minutes ahead, in Tehran time, as the
		// field's placeholder shows
		String at = JalaliInput.format(clock.instant().plus(Duration.ofMinutes(5)));
		assertThat(at).matches("[۰-۹]{4}/[۰-۹]{2}/[۰-۹]{2} [۰-۹]{2}:[۰-۹]{2}");
		WebElement scheduleAt = driver.findElement(By.id("schedule-at"));
		scheduleAt.clear();
		scheduleAt.sendKeys(at);
		driver.findElement(By.cssSelector("form.schedule-form button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "انتشار خبر زمان‌بندی شد."));
		long article = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/articles/(\\d+)/edit.*", "$1"));
		assertThat(driver.findElement(By.id("schedule-at")).getDomProperty("value")).isEqualTo(at);

		// /news/{id} redirects to the slugged address once the article is out
		HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
		HttpRequest publicPage = HttpRequest.newBuilder(URI.create(url("/news/" + article))).build();
		assertThat(http.send(publicPage, HttpResponse.BodyHandlers.discarding()).statusCode())
			.as("a scheduled article is not on the site before its time")
			.isEqualTo(404);
		assertThat(lifecycle.publishDue()).as("nothing is due yet").isEmpty();

		clock.advance(Duration.ofMinutes(10));
		assertThat(lifecycle.publishDue()).containsExactly(article);
		assertThat(http.send(publicPage, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);

		driver.get(url("/newsroom/curation?q=" + "بازار کتاب"));
		WebElement add = driver.findElement(By
			.xpath("//form[contains(@class,'curation-add')][input[@name='article' and @value='" + article + "']]"));
		add.findElement(By.xpath(".//select[@name='target']/option[starts-with(@value,'DONT_MISS:')]")).click();
		add.findElement(By.xpath(".//select[@name='place']/option[@value='1']")).click();
		add.findElement(By.cssSelector("button")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("box-DONT_MISS"), "همکاری‌ها"));

		driver.get(url("/news/" + article));
		String shown = driver.findElement(By.cssSelector("h1.article-title")).getText();
		assertThat(shown.codePoints().toArray()).as("title with its zero-width non-joiners")
			.containsExactly(title.codePoints().toArray());
		assertThat(driver.findElement(By.cssSelector(".article-body strong")).getText()).isEqualTo("مستقل");
		assertThat(driver.getPageSource()).contains(kicker).contains(lead);
		WebElement figure = driver.findElement(By.cssSelector(".article-figure img"));
		assertThat(figure.getDomProperty("srcset")).contains("/media/").containsPattern("\\d+w");
		assertThat(((JavascriptExecutor) driver)
			.executeScript("return arguments[0].complete && arguments[0].naturalWidth", figure))
			.as("the browser loaded the uploaded picture")
			.isNotEqualTo(0L);
		browser.screenshot("newsroom-published-article");

		driver.get(url("/news/" + other));
		WebElement dontMiss = driver.findElement(By.cssSelector(".box-dont_miss"));
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", dontMiss);
		assertThat(dontMiss.getText()).contains(title);
		browser.screenshot("newsroom-dont-miss");
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
