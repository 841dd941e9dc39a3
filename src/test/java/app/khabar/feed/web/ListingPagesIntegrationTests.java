package app.khabar.feed.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.UriUtils;

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
import app.khabar.article.Tag;
import app.khabar.persian.JalaliPeriod;

/**
 * The author, tag and archive pages over HTTP: their content and paging, one canonical
 * URL each (301 from other spellings and digits), and bad input as the Persian 404.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ListingPagesIntegrationTests {

	static final JalaliPeriod LEAP_DAY = new JalaliPeriod(1403, 12, 30);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ArticleImport imports;

	@Autowired
	AuthorDirectory authors;

	String run;

	AuthorProfile author;

	String tag;

	long articleId;

	@BeforeEach
	void articlesWithBylinesAndTags() {
		imports.ensureSection("society", "اجتماعی");
		imports.ensureSection("sports", "ورزشی");
		run = Long.toString(System.nanoTime(), 36);
		author = authors.ensureImported("sareh-" + run, "ساره نوروزی", "خبرنگار گروه اجتماعی؛ شهر و حمل‌ونقل.");
		tag = "همکاری‌ها" + run;
		Instant evening = LEAP_DAY.end().minusSeconds(3_600);
		articleId = imports.store(story("society", "خط تازهٔ مترو " + run, new Byline(List.of(author.byline()), null),
				List.of(tag, "مترو"), evening));
		for (int i = 0; i < 21; i++) {
			imports.store(story("society", "خبر کوتاه " + i, new Byline(List.of(author.byline()), "گروه اجتماعی"),
					List.of("همکاریها" + run), evening.minusSeconds(60 + i)));
		}
		imports.store(story("sports", "فینال والیبال " + run, Byline.text("گروه ورزشی"), List.of(), evening));
	}

	@Test
	void theArticlePageLinksItsBylineAndTags() {
		String path = mvc.get().uri("/news/" + articleId).exchange().getResponse().getHeader(HttpHeaders.LOCATION);
		String html = body(mvc.get().uri(java.net.URI.create(path)).exchange());
		assertThat(html).contains("<a href=\"/author/sareh-" + run + "\" rel=\"author\">ساره نوروزی</a>")
			.contains("<a href=\"" + Tag.pathOf(tag) + "\" rel=\"tag\">" + tag + "</a>")
			.contains("<a href=\"/tag/مترو\" rel=\"tag\">مترو</a>")
			.contains("<a class=\"article-day\" href=\"/archive/1403/12/30\">");
		assertThat(html.indexOf("article-byline")).isLessThan(html.indexOf("article-source"));
	}

	@Test
	void anAuthorsPageShowsTheProfileAndPagesTheArticles() {
		String html = body(mvc.get().uri("/author/" + author.handle()).exchange());
		assertThat(html).contains("ساره نوروزی", "خبرنگار گروه اجتماعی؛ شهر و حمل‌ونقل.", "خط تازهٔ مترو " + run)
			.contains("<link rel=\"canonical\"", "/author/" + author.handle() + "\"")
			.contains("rel=\"next\" href=\"/author/" + author.handle() + "?page=2\"")
			.doesNotContain("فینال والیبال " + run);
		String second = body(mvc.get().uri("/author/" + author.handle() + "?page=2").exchange());
		assertThat(second).contains("خبر کوتاه 19", "خبر کوتاه 20", "صفحهٔ ۲ از ۲").doesNotContain("خبر کوتاه 0<");
		assertThat(mvc.get().uri("/author/" + author.handle().toUpperCase())).hasStatus(301)
			.headers()
			.hasValue(HttpHeaders.LOCATION, "/author/" + author.handle());
	}

	@Test
	void aTagPageFindsEverySpellingAndRedirectsToOne() {
		String html = body(mvc.get().uri("/tag/{tag}", Tag.segment(tag)).exchange());
		assertThat(html).contains("برچسب: " + tag, "خط تازهٔ مترو " + run, "خبر کوتاه 0", "صفحهٔ ۱ از ۲");
		String canonical = UriUtils.encodePath(Tag.pathOf(tag), StandardCharsets.UTF_8);
		for (String spelling : List.of("همکاریها" + run, "همکاری-ها" + run, "همکاری ها" + run)) {
			assertThat(mvc.get().uri("/tag/{tag}?page=2", spelling)).as(spelling)
				.hasStatus(301)
				.headers()
				.hasValue(HttpHeaders.LOCATION, canonical + "?page=2");
		}
		// Arabic letters are normalized where every path variable is bound: the same page
		assertThat(body(mvc.get().uri("/tag/{tag}", "همكاري‌ها" + run).exchange())).contains("خط تازهٔ مترو " + run);
	}

	@Test
	void theArchiveHasTheLeapDayAndItsNeighbours() {
		String html = body(mvc.get().uri("/archive/1403/12/30").exchange());
		assertThat(html).contains("آرشیو خبرهای ۳۰ اسفند ۱۴۰۳", "خط تازهٔ مترو " + run, "فینال والیبال " + run)
			.contains("href=\"/archive/1403/12/29\"", "href=\"/archive/1404/01/01\"", "href=\"/archive/1403/12\"");
		String sports = body(mvc.get().uri("/archive/1403/12/30?section=sports").exchange());
		assertThat(sports).contains("فینال والیبال " + run).doesNotContain("خط تازهٔ مترو " + run);
		assertThat(body(mvc.get().uri("/archive/1403/12").exchange())).contains("آرشیو خبرهای اسفند ۱۴۰۳",
				"خط تازهٔ مترو " + run);
		assertThat(body(mvc.get().uri("/archive/1403").exchange())).contains("خط تازهٔ مترو " + run);
		assertThat(body(mvc.get().uri("/archive/1404/01/01").exchange())).contains("۱ فروردین ۱۴۰۴")
			.doesNotContain("خط تازهٔ مترو " + run)
			.contains("noindex");
	}

	@Test
	void anEmptyDaySaysSoWithoutPagingAndTodayLinksToNoFuture() {
		assertThat(body(mvc.get().uri("/archive/1390/01/01").exchange()))
			.contains("در ۱ فروردین ۱۳۹۰ خبری منتشر نشده است.")
			.doesNotContain("class=\"pager\"", "صفحهٔ ۱ از ۱");
		assertThat(body(mvc.get().uri("/archive/1390/01/01?section=sports").exchange()))
			.contains("در ۱ فروردین ۱۳۹۰ در سرویس ورزشی خبری منتشر نشده است.");
		JalaliPeriod today = JalaliPeriod.dayOf(Instant.now());
		for (JalaliPeriod period : List.of(today, today.monthPeriod(), today.yearPeriod())) {
			assertThat(body(mvc.get().uri("/archive/" + period.segments()).exchange())).as(period.segments())
				.contains("href=\"/archive/" + period.previous().segments() + "\"")
				.doesNotContain("href=\"/archive/" + period.next().segments() + "\"");
		}
	}

	@Test
	void persianDigitsAndShortPartsRedirectToTheLatinArchiveUrl() {
		assertThat(mvc.get().uri("/archive/{y}/{m}/{d}", "۱۴۰۳", "۱۲", "۳۰")).hasStatus(301)
			.headers()
			.hasValue(HttpHeaders.LOCATION, "/archive/1403/12/30");
		assertThat(mvc.get().uri("/archive/1403/1/5?section=sports")).hasStatus(301)
			.headers()
			.hasValue(HttpHeaders.LOCATION, "/archive/1403/01/05?section=sports");
		assertThat(mvc.get().uri("/archive/{y}/{m}", "١٤٠٣", "٣")).hasStatus(301)
			.headers()
			.hasValue(HttpHeaders.LOCATION, "/archive/1403/03");
	}

	@Test
	void badInputIsThePersian404NeverAnError() {
		for (String path : List.of("/archive/1402/12/30", "/archive/1402/13/01", "/archive/abc", "/archive/1403/00",
				"/archive/1403/07/31", "/archive/99999999999999999999", "/archive/1403/12/30?section=nothing",
				"/author/nobody-" + run, "/author/" + "x".repeat(300), "/tag/هیچ" + run, "/tag/؟")) {
			MvcTestResult result = mvc.get().uri(path).exchange();
			assertThat(result).as(path).hasStatus(404);
			assertThat(text(result)).as(path).contains("lang=\"fa\"");
		}
		assertThat(text(mvc.get().uri("/archive/1402/12/30").exchange()))
			.contains("این روز در تقویم خورشیدی وجود ندارد");
		assertThat(text(mvc.get().uri("/tag/هیچ" + run).exchange())).contains("هیچ خبری با این برچسب منتشر نشده است");
	}

	@Test
	void hugePageNumbersAreBounded() {
		for (String page : List.of("99999999999999999999", "-5", "abc", "۲")) {
			assertThat(mvc.get().uri("/author/" + author.handle() + "?page=" + page)).as(page).hasStatusOk();
			assertThat(mvc.get().uri("/archive/1403/12/30?page=" + page)).as(page).hasStatusOk();
		}
	}

	@Test
	void answersNotModifiedWhenTheReaderHasThePage() {
		// other classes sharing this context publish meanwhile and move the fronts'
		// version, so the reader's copy is current for one of a few tries, not for each
		List<Integer> statuses = new java.util.ArrayList<>();
		for (int i = 0; i < 3 && !statuses.contains(304); i++) {
			String etag = mvc.get()
				.uri("/author/" + author.handle())
				.exchange()
				.getResponse()
				.getHeader(HttpHeaders.ETAG);
			assertThat(etag).isNotBlank();
			statuses.add(mvc.get()
				.uri("/author/" + author.handle())
				.header(HttpHeaders.IF_NONE_MATCH, etag)
				.exchange()
				.getResponse()
				.getStatus());
		}
		assertThat(statuses).contains(304);
	}

	private static String body(MvcTestResult result) {
		assertThat(result).hasStatus2xxSuccessful();
		return text(result);
	}

	private static String text(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private NewArticle story(String section, String title, Byline byline, List<String> tags, Instant published) {
		return new NewArticle(section, ArticleKind.STORY, null, title, "لید", "<p>متن</p>", new Source("خبر", null),
				byline, tags, Media.NONE, ArticleStatus.PUBLISHED, CommentSettings.DEFAULT, published,
				"test:" + run + ":" + System.nanoTime());
	}

}
