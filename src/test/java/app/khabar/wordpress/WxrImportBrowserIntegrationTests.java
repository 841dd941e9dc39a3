package app.khabar.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.khabar.support.BrowserSupport;

/**
 * A reader follows a link to the old WordPress site (a WP-Parsi dated permalink) in real
 * Chromium and lands on the imported article, with its threaded comments.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "khabar.demo.enabled=false")
class WxrImportBrowserIntegrationTests {

	@RegisterExtension
	static BrowserSupport browser = new BrowserSupport();

	@LocalServerPort
	int port;

	@Autowired
	WxrImport wxrImport;

	@TempDir
	Path dir;

	@Test
	void anOldLinkOpensTheImportedArticleWithItsThreads() throws Exception {
		try (InputStream in = getClass().getResourceAsStream("/wxr/persian-news.xml")) {
			Path file = dir.resolve("persian-news.xml");
			Files.copy(in, file);
			wxrImport.importFiles(List.of(file), WxrImport.Options.DEFAULT);
		}
		WebDriver driver = browser.driver();

		driver.get("http://localhost:" + port + "/1402/03/16/"
				+ "%d9%be%db%8c%d8%b1%d9%88%d8%b2%db%8c-%d8%aa%db%8c%d9%85-%d9%85%d9%84%db%8c/");

		assertThat(driver.getCurrentUrl()).contains("/news/");
		assertThat(driver.findElement(By.cssSelector("h1.article-title")).getText())
			.isEqualTo("پیروزی تیم ملی در رقابت‌های آسیایی");
		WebElement reza = driver.findElements(By.cssSelector(".comment-list > .comment"))
			.stream()
			.filter(comment -> comment.findElement(By.cssSelector(".comment-author")).getText().equals("رضا"))
			.findFirst()
			.orElseThrow();
		assertThat(reza.findElement(By.cssSelector(".comment-text")).getText()).isEqualTo("بازی خوبی بود");
		WebElement reply = reza.findElement(By.cssSelector(".comment-replies .comment"));
		assertThat(reply.findElement(By.cssSelector(".comment-author")).getText()).isEqualTo("نگار");
		// the orphan reply answers the post; the held and the spam ones are not shown
		assertThat(driver.findElements(By.cssSelector(".comment-author"))).extracting(WebElement::getText)
			.contains("علی")
			.doesNotContain("مریم", "فروشگاه");
		browser.screenshot("wordpress-imported-article");
	}

}
