package app.khabar.article.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import app.khabar.article.ArticleImport;
import app.khabar.article.ArticleKind;
import app.khabar.article.ArticlePaths;
import app.khabar.article.ArticleStatus;
import app.khabar.article.Byline;
import app.khabar.article.CommentSettings;
import app.khabar.article.Media;
import app.khabar.article.NewArticle;
import app.khabar.article.Source;
import app.khabar.comment.CommentImport;
import app.khabar.comment.CommentStatus;
import app.khabar.feed.Box;
import app.khabar.feed.Curation;
import app.khabar.persian.PersianText;
import app.khabar.search.SearchIndexAccess;
import app.khabar.support.BrowserSupport;

/**
 * A reader opens an article in real Chromium: right-to-left, the three counters, Jalali
 * time in Persian digits, and the four editors' boxes.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(SearchIndexAccess.class)
class ArticlePageBrowserIntegrationTests {

	@RegisterExtension
	static BrowserSupport browser = new BrowserSupport();

	@LocalServerPort
	int port;

	@Autowired
	ArticleImport articles;

	@Autowired
	CommentImport comments;

	@Autowired
	Curation curation;

	@Autowired
	SearchIndexAccess index;

	@Test
	void readerSeesTheWholeReferencePageRightToLeft() {
		articles.ensureSection("international", "بین‌الملل");
		articles.ensureSection("sports", "ورزشی");
		Instant published = Instant.parse("2023-06-06T06:00:00Z");
		String title = "در دیدار هیئت‌ها با میانجی‌ها چه گذشت؟";
		long id = articles.store(story("international", ArticleKind.STORY, title, published));
		long video = articles
			.store(story("international", ArticleKind.VIDEO, "ویدیو: گزارش تصویری از نشست", published));
		long sports = articles.store(story("sports", ArticleKind.STORY, "برد پرگل در لیگ برتر", published));
		long photo = articles
			.store(story("international", ArticleKind.GALLERY, "گزارش تصویری: بازار شب یلدا", published));
		curation.replace(Box.DONT_MISS, List.of(sports, photo));
		curation.replace(Box.FEATURED_VIDEO, List.of(video));
		curation.replace(Box.SPORTS_PICKS, List.of(sports));
		curation.replace(Box.FEATURED_PHOTO, List.of(photo));
		long parent = comments.store(id, null, "رضا", "این که گروه‌ها به این قدرت رسیدند جای بحث دارد.", "IR",
				CommentStatus.PUBLISHED, published, 4, 2);
		comments.store(id, parent, "نگار", "پاسخ من به رضا", "DE", CommentStatus.PUBLISHED,
				published.plus(2, ChronoUnit.HOURS), 1, 0);
		comments.store(id, null, null, "منتظر بررسی", "IR", CommentStatus.PENDING, published, 0, 0);

		WebDriver driver = browser.driver();
		driver.get("http://localhost:" + port + "/news/" + id);
		assertThat(driver.getCurrentUrl()).endsWith(ArticlePaths.of(id, PersianText.slug(title)));

		WebElement html = driver.findElement(By.tagName("html"));
		assertThat(html.getAttribute("dir")).isEqualTo("rtl");
		assertThat(html.getAttribute("lang")).isEqualTo("fa");
		assertThat(((JavascriptExecutor) driver)
			.executeScript("return getComputedStyle(document.querySelector('.article-body')).direction"))
			.isEqualTo("rtl");
		assertThat(driver.findElement(By.cssSelector("h1.article-title")).getText()).isEqualTo(title);

		List<String> counters = driver.findElements(By.cssSelector(".counters li"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(counters).containsExactly("انتشار یافته: ۲", "در انتظار بررسی: ۱", "غیر قابل انتشار: ۰");

		WebElement first = driver.findElement(By.cssSelector(".comment-list > .comment"));
		assertThat(first.findElement(By.cssSelector(".comment-time")).getText()).isEqualTo("۰۹:۳۰ - ۱۴۰۲/۰۳/۱۶");
		assertThat(first.findElement(By.cssSelector(".comment-country")).getText()).isEqualTo("ایران");
		assertThat(first.findElement(By.cssSelector(".vote-like")).getText()).startsWith("موافقم");
		assertThat(first.findElement(By.cssSelector(".vote-dislike")).getText()).startsWith("مخالفم");
		assertThat(first.findElement(By.cssSelector(".comment-replies .comment-text")).getText())
			.isEqualTo("پاسخ من به رضا");

		List<String> boxes = driver.findElements(By.cssSelector(".boxes .box-title"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(boxes).containsExactly("این مطالب را از دست ندهید", "فیلم برگزیده", "برگزیده ورزشی", "برگزیده عکس");
		assertThat(driver.findElement(By.cssSelector(".box-featured_video")).getText())
			.contains("ویدیو: گزارش تصویری از نشست");
		browser.screenshot("article-page");
	}

	/**
	 * Under the headline the article code; under the body plain share links and the short
	 * link (the copy button with a script), the related articles of the node's index
	 * without what the boxes show; the page names the site once, has our icon, and prints
	 * as the article alone.
	 */
	@Test
	void theArticleShowsItsCodeShareLinksRelatedArticlesAndPrintsAlone() throws Exception {
		articles.ensureSection("sports", "ورزشی");
		Instant published = Instant.parse("2026-11-28T08:00:00Z");
		String title = "تیم ملی والیبال نوجوانان قهرمان آسیا شد";
		long id = articles.store(new NewArticle("sports", ArticleKind.STORY, null, title,
				"والیبالیست‌های نوجوان در فینال رقابت‌های آسیایی پیروز شدند.",
				"<p>تیم ملی والیبال نوجوانان در فینال رقابت‌های قهرمانی آسیا سه بر یک پیروز شد.</p>",
				new Source("خبر", null), Byline.NONE, List.of("والیبال"), Media.NONE, ArticleStatus.PUBLISHED,
				CommentSettings.DEFAULT, published, null));
		long alike = articles.store(new NewArticle("sports", ArticleKind.STORY, null,
				"اردوی تیم ملی والیبال نوجوانان پیش از رقابت‌های آسیایی", "والیبال نوجوانان در اردو.",
				"<p>والیبالیست‌های نوجوان برای رقابت‌های قهرمانی آسیا آماده می‌شوند.</p>", new Source("خبر", null),
				Byline.NONE, List.of("والیبال"), Media.NONE, ArticleStatus.PUBLISHED, CommentSettings.DEFAULT,
				published.minusSeconds(86_400), null));
		long boxed = articles.store(new NewArticle("sports", ArticleKind.STORY, null,
				"والیبال نوجوانان به نیمه‌نهایی آسیا رسید", "والیبال نوجوانان در نیمه‌نهایی.",
				"<p>تیم ملی والیبال نوجوانان در رقابت‌های آسیایی به نیمه‌نهایی رسید.</p>", new Source("خبر", null),
				Byline.NONE, List.of("والیبال"), Media.NONE, ArticleStatus.PUBLISHED, CommentSettings.DEFAULT,
				published.minusSeconds(43_200), null));
		long other = articles.store(story("sports", ArticleKind.STORY, "گزارش بازار کتاب تهران", published));
		curation.replace(Box.DONT_MISS, List.of(boxed));
		index.catchUp();

		WebDriver driver = browser.driver();
		var js = (JavascriptExecutor) driver;
		driver.get("http://localhost:" + port + "/news/" + id);
		assertThat(driver.getTitle()).isEqualTo(title + " | خبر");
		assertThat(driver.findElement(By.cssSelector(".article-meta .article-code")).getText())
			.isEqualTo("کد خبر: " + app.khabar.persian.PersianDigits.format(id));

		String shortUrl = "http://localhost:" + port + app.khabar.article.ShortLinks.path(id);
		String encoded = java.net.URLEncoder.encode(shortUrl, java.nio.charset.StandardCharsets.UTF_8);
		assertThat(driver.findElement(By.cssSelector(".share-telegram")).getDomAttribute("href"))
			.startsWith("https://t.me/share/url?url=" + encoded + "&text=");
		assertThat(driver.findElement(By.cssSelector(".share-whatsapp")).getDomAttribute("href"))
			.startsWith("https://wa.me/?text=")
			.endsWith("%20" + encoded);
		assertThat(driver.findElement(By.cssSelector(".share-x")).getDomAttribute("href"))
			.startsWith("https://x.com/intent/post?url=" + encoded + "&text=");
		assertThat(driver.findElement(By.cssSelector(".share-url a")).getText()).isEqualTo(shortUrl);
		assertThat(driver.findElement(By.cssSelector(".share-copy")).isDisplayed()).as("shown by the script").isTrue();
		assertThat(driver.findElements(By.cssSelector("script[src*='//']"))).as("no third-party script").isEmpty();

		String related = driver.findElement(By.cssSelector(".related")).getText();
		assertThat(related).startsWith("خبرهای مرتبط")
			.contains("اردوی تیم ملی والیبال نوجوانان")
			.doesNotContain("به نیمه‌نهایی آسیا رسید", "گزارش بازار کتاب تهران", title);
		assertThat(driver.findElement(By.cssSelector(".box-dont_miss")).getText())
			.contains("والیبال نوجوانان به نیمه‌نهایی آسیا رسید");
		assertThat(driver.findElement(By.cssSelector(".related .story-title a")).getDomAttribute("href"))
			.startsWith("/news/" + alike + "/");
		assertThat(driver.getPageSource()).doesNotContain("/news/" + other + "/");

		String icon = driver.findElement(By.cssSelector("link[rel=icon]")).getDomAttribute("href");
		assertThat(icon).contains("favicon").endsWith(".svg");
		var served = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + icon)).build(),
					java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(served.statusCode()).isEqualTo(200);
		assertThat(served.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/svg+xml");

		for (int width : new int[] { 1366, 412 }) {
			browser.windowSize(width, 1000);
			assertThat(js.executeScript("return document.documentElement.scrollWidth <= window.innerWidth"))
				.as(width + " px")
				.isEqualTo(true);
			browser.screenshot("article-share-related-" + width);
		}
		browser.windowSize(1280, 1000);

		var chrome = (org.openqa.selenium.chrome.ChromeDriver) driver;
		chrome.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
		try {
			for (String hidden : List.of(".site-search", ".article-share", ".boxes", ".related", ".comment-form")) {
				assertThat(driver.findElement(By.cssSelector(hidden)).isDisplayed()).as(hidden + " in print").isFalse();
			}
			assertThat(driver.findElement(By.cssSelector(".article-body")).isDisplayed()).isTrue();
			assertThat(driver.findElement(By.cssSelector(".article-title")).isDisplayed()).isTrue();
			browser.screenshot("article-print");
		}
		finally {
			chrome.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
		}
	}

	private static NewArticle story(String section, ArticleKind kind, String title, Instant published) {
		return new NewArticle(section, kind, null, title,
				"جنبش در بیانیه‌ای به جزئیات دیدار پرداخت و از همکاری‌ها گفت.",
				"<p>بند نخست گزارش با جزئیات دیدار.</p><p>بند دوم گزارش.</p>", new Source("خبر", "خبرگزاری شهر"),
				Byline.NONE, List.of("دیدار"), Media.NONE, ArticleStatus.PUBLISHED, CommentSettings.DEFAULT, published,
				null);
	}

}
