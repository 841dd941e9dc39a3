package app.khabar.feed.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.khabar.article.ArticleImport;
import app.khabar.article.ArticleKind;
import app.khabar.article.ArticleStatus;
import app.khabar.article.AuthorDirectory;
import app.khabar.article.AuthorProfile;
import app.khabar.article.Byline;
import app.khabar.article.CommentSettings;
import app.khabar.article.Media;
import app.khabar.article.NewArticle;
import app.khabar.article.Source;
import app.khabar.persian.JalaliPeriod;
import app.khabar.support.BrowserSupport;

/**
 * A reader in real Chromium opens an article, follows its byline to the author's page,
 * comes back, follows a tag to the tag's page, and types the archive's day in Persian
 * digits.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class BylineBrowserIntegrationTests {

	@RegisterExtension
	static BrowserSupport browser = new BrowserSupport();

	@LocalServerPort
	int port;

	@Autowired
	ArticleImport articles;

	@Autowired
	AuthorDirectory authors;

	@Test
	void aReaderFollowsTheBylineAndATag() {
		articles.ensureSection("society", "اجتماعی");
		AuthorProfile author = authors.ensureImported("parisa-kazemi", "پریسا کاظمی",
				"خبرنگار گروه اجتماعی؛ آموزش، سلامت و زندگی روزمره.");
		String title = "مدرسه‌های تازه در حاشیهٔ شهر";
		JalaliPeriod day = new JalaliPeriod(1403, 12, 30);
		long id = articles.store(new NewArticle("society", ArticleKind.STORY, null, title,
				"سه مدرسهٔ تازه از مهر پذیرای دانش‌آموزان می‌شوند.", "<p>متن گزارش.</p>",
				new Source("خبر", "خبرگزاری شهرآوا"), new Byline(List.of(author.byline()), "گروه اجتماعی"),
				List.of("آموزش و پرورش", "همکاری‌ها"), Media.NONE, ArticleStatus.PUBLISHED, CommentSettings.DEFAULT,
				day.start().plusSeconds(10 * 3600), null));

		WebDriver driver = browser.driver();
		String site = "http://localhost:" + port;
		driver.get(site + "/news/" + id);
		assertThat(driver.findElement(By.cssSelector(".article-byline")).getText())
			.isEqualTo("نویسنده: پریسا کاظمی، گروه اجتماعی");
		assertThat(driver.findElement(By.cssSelector(".article-source")).getText())
			.isEqualTo("به گزارش خبر به نقل از خبرگزاری شهرآوا");
		String articleUrl = driver.getCurrentUrl();

		driver.findElement(By.linkText("پریسا کاظمی")).click();
		assertThat(driver.getCurrentUrl()).isEqualTo(site + "/author/parisa-kazemi");
		assertThat(driver.findElement(By.cssSelector("h1")).getText()).isEqualTo("پریسا کاظمی");
		assertThat(driver.findElement(By.cssSelector(".author-bio")).getText()).contains("آموزش، سلامت");
		assertThat(driver.findElement(By.cssSelector(".story-title a")).getText()).isEqualTo(title);
		browser.screenshot("author-page");

		driver.navigate().back();
		assertThat(driver.getCurrentUrl()).isEqualTo(articleUrl);
		driver.findElement(By.linkText("همکاری‌ها")).click();
		assertThat(driver.findElement(By.cssSelector("h1")).getText()).isEqualTo("برچسب: همکاری‌ها");
		assertThat(titles(driver)).contains(title);

		driver.get(site + "/tag/همکاریها");
		assertThat(driver.findElement(By.cssSelector("h1")).getText()).isEqualTo("برچسب: همکاری‌ها");

		driver.get(site + "/archive/۱۴۰۳/۱۲/۳۰");
		assertThat(driver.getCurrentUrl()).isEqualTo(site + "/archive/1403/12/30");
		assertThat(driver.findElement(By.cssSelector("h1")).getText()).isEqualTo("آرشیو خبرهای ۳۰ اسفند ۱۴۰۳");
		assertThat(titles(driver)).contains(title);
		browser.screenshot("archive-day");
	}

	@Test
	void onAPhoneEverySectionAndTheCurrentOneIsInSightAndThePageDoesNotScrollSideways() {
		articles.ensureSection("society", "اجتماعی");
		for (String[] section : new String[][] { { "politics", "سیاسی" }, { "economy", "اقتصادی" },
				{ "international", "بین‌الملل" }, { "sports", "ورزشی" }, { "culture", "فرهنگی" }, { "science", "علمی" },
				{ "photo", "عکس" }, { "video", "فیلم" } }) {
			articles.ensureSection(section[0], section[1]);
		}
		WebDriver driver = browser.driver();
		var js = (org.openqa.selenium.JavascriptExecutor) driver;
		String site = "http://localhost:" + port;
		String inSight = """
				var nav = document.querySelector('.section-nav').getBoundingClientRect();
				return Array.from(document.querySelectorAll('.section-nav a')).every(function (a) {
				  var box = a.getBoundingClientRect();
				  return box.left >= nav.left - 1 && box.right <= nav.right + 1 && box.right <= window.innerWidth;
				});
				""";
		try {
			for (int width : new int[] { 412, 1366 }) {
				browser.windowSize(width, 915);
				// a day of its own: the other test's day page must not be cached empty
				// before its article
				driver.get(site + "/archive/1390/01/01");
				assertThat(js.executeScript("return document.documentElement.scrollWidth <= window.innerWidth"))
					.as(width + " px")
					.isEqualTo(true);
				assertThat(js.executeScript(inSight)).as(width + " px: every section in sight").isEqualTo(true);
				driver.get(site + "/service/society");
				assertThat(js.executeScript(inSight)).as(width + " px: every section in sight").isEqualTo(true);
				assertThat(driver.findElement(By.cssSelector(".section-nav a[aria-current=page]")).getText())
					.isEqualTo("اجتماعی");
				browser.screenshot("section-nav-" + width);
			}
		}
		finally {
			browser.windowSize(1280, 1000);
		}
	}

	/** Other tests share the database and may file stories under the same tag or day. */
	private static List<String> titles(WebDriver driver) {
		return driver.findElements(By.cssSelector(".story-title a")).stream().map(WebElement::getText).toList();
	}

}
