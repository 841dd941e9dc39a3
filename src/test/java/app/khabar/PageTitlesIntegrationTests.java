package app.khabar;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.khabar.article.ArticleImport;
import app.khabar.article.ArticleKind;
import app.khabar.article.ArticleStatus;
import app.khabar.article.AuthorDirectory;
import app.khabar.article.Byline;
import app.khabar.article.CommentSettings;
import app.khabar.article.Media;
import app.khabar.article.NewArticle;
import app.khabar.article.Source;

/**
 * Every kind of page names the site once in its title, after the page's own name («ورزشی
 * | خبر»; staff screens «… | تحریریهٔ خبر»), over real HTTP.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PageTitlesIntegrationTests {

	private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");

	@LocalServerPort
	int port;

	@Autowired
	ArticleImport articles;

	@Autowired
	AuthorDirectory authors;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

	@Test
	void everyPageNamesTheSiteOnce() throws Exception {
		articles.ensureSection("sports", "ورزشی");
		var author = authors.ensureImported("behnam-rasouli", "بهنام رسولی", "خبرنگار گروه ورزشی.");
		long id = articles.store(new NewArticle("sports", ArticleKind.STORY, null, "برد پرگل در لیگ برتر",
				"خلاصهٔ خبر.", "<p>متن خبر.</p>", new Source("خبر", null), new Byline(List.of(author.byline()), null),
				List.of("فوتبال"), Media.NONE, ArticleStatus.PUBLISHED, CommentSettings.DEFAULT,
				Instant.parse("2026-11-28T08:00:00Z"), null));

		Map<String, String> expected = new LinkedHashMap<>();
		expected.put("/", "تازه‌ترین خبرهای ایران و جهان | خبر");
		expected.put("/service/sports", "ورزشی | خبر");
		expected.put("/service/sports?page=2", "ورزشی | خبر");
		expected.put("/news/" + id, "برد پرگل در لیگ برتر | خبر");
		expected.put("/tag/فوتبال", "برچسب: فوتبال | خبر");
		expected.put("/author/behnam-rasouli", "بهنام رسولی | خبر");
		expected.put("/archive/1405/09/07", "آرشیو خبرهای ۷ آذر ۱۴۰۵ | خبر");
		expected.put("/search?q=لیگ", "جست‌وجوی «لیگ» | خبر");
		expected.put("/comments/rules", "قواعد انتشار نظرات | خبر");
		expected.put("/no-such-page", "صفحه پیدا نشد | خبر");
		expected.put("/api/docs", "راهنمای رابط خواندن خبر | خبر");
		expected.put("/login", "ورود کارکنان | تحریریهٔ خبر");
		for (var page : expected.entrySet()) {
			String html = http
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + encode(page.getKey()))).build(),
						HttpResponse.BodyHandlers.ofString())
				.body();
			Matcher title = TITLE.matcher(html);
			assertThat(title.find()).as(page.getKey()).isTrue();
			assertThat(title.group(1)).as(page.getKey()).isEqualTo(page.getValue());
		}
	}

	private static String encode(String path) {
		return URI.create("http://x" + path.replace(" ", "%20")).toASCIIString().substring("http://x".length());
	}

}
