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
import app.khabar.support.BrowserSupport;

/**
 * A reader opens an article in real Chromium: right-to-left, the three counters, Jalali
 * time in Persian digits, and the four editors' boxes.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
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

	private static NewArticle story(String section, ArticleKind kind, String title, Instant published) {
		return new NewArticle(section, kind, null, title,
				"جنبش در بیانیه‌ای به جزئیات دیدار پرداخت و از همکاری‌ها گفت.",
				"<p>بند نخست گزارش با جزئیات دیدار.</p><p>بند دوم گزارش.</p>", new Source("خبر", "خبرگزاری شهر"),
				Byline.NONE, List.of("دیدار"), Media.NONE, ArticleStatus.PUBLISHED, CommentSettings.DEFAULT, published,
				null);
	}

}
