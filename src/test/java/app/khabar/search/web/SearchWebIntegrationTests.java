package app.khabar.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

import app.khabar.article.ArticleChanged;
import app.khabar.article.ArticleImport;
import app.khabar.article.ArticleKind;
import app.khabar.article.ArticleStatus;
import app.khabar.article.Byline;
import app.khabar.article.CommentSettings;
import app.khabar.article.Media;
import app.khabar.article.NewArticle;
import app.khabar.article.Source;
import app.khabar.search.ArticleSearch;
import app.khabar.search.SearchHit;
import app.khabar.search.SearchIndexAccess;
import app.khabar.search.SearchRequest;
import app.khabar.search.SearchResults;
import app.khabar.search.Snippet;
import app.khabar.web.PageMeta;
import app.khabar.web.PageRenderer;

/**
 * {@code /search} and {@code /api/v1/search} over the real index: highlighted results,
 * filters, Persian messages, and hostile input that must never give a 500 or a runaway
 * query.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(SearchIndexAccess.class)
class SearchWebIntegrationTests {

	static final Instant PUBLISHED = Instant.parse("2023-06-06T06:00:00Z");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ArticleImport articles;

	@Autowired
	SearchIndexAccess index;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PageRenderer renderer;

	long id;

	@BeforeEach
	void anIndexedArticle() {
		articles.ensureSection("international", "بین‌الملل");
		id = articles.store(new NewArticle("international", ArticleKind.STORY, null, "دیدار هیئت‌ها در قاهره <script>",
				"دو طرف در بیانیه‌ای از نتیجهٔ گفت‌وگوها خبر دادند.",
				"<p>" + "نمایندگان دو کشور پیش از این هم دیدار کرده بودند. ".repeat(8)
						+ "هیئت‌ها در قاهره دربارهٔ آتش‌بس گفت‌وگو کردند و می‌گویند گفت‌وگوها ادامه دارد.</p>",
				new Source("خبر", null), Byline.NONE, List.of("دیپلماسی"), Media.NONE, ArticleStatus.PUBLISHED,
				CommentSettings.DEFAULT, PUBLISHED, "test:" + System.nanoTime()));
		index.catchUp();
	}

	static String html(MvcTestResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void showsHighlightedResultsInTheSiteLayout() throws Exception {
		var result = mvc.get().uri("/search?q={q}", "هيئتها قاهره").exchange();
		assertThat(result).hasStatusOk();
		String html = html(result);
		assertThat(html).contains("dir=\"rtl\"", "noindex")
			.contains("<mark>هیئت‌ها</mark> در <mark>قاهره</mark> &lt;script&gt;")
			.contains("href=\"/news/" + id + "/")
			.contains("۰۹:۳۰ - ۱۴۰۲/۰۳/۱۶")
			.doesNotContain("<script>");
		// the snippet starts and ends between words, and keeps ZWNJ joints whole
		String snippet = html.substring(html.indexOf("story-lead-text\">") + 17);
		snippet = snippet.substring(0, snippet.indexOf("</p>"));
		assertThat(snippet).startsWith("… ").contains("<mark>هیئت‌ها</mark>").contains("می‌گویند");
	}

	@Test
	void theDateBoxesShowAnExampleAsAPlaceholderNotAsAValue() throws Exception {
		String html = html(mvc.get().uri("/search?q={q}", "قاهره").exchange());
		for (String name : List.of("from", "to")) {
			assertThat(html).contains("<input id=\"search-" + name + "\" type=\"text\" name=\"" + name
					+ "\" value=\"\" placeholder=\"مثلاً ۱۴۰۲/۰۳/۰۱\"");
		}
	}

	@Test
	void answersJsonWithOffsetsAndJalaliDates() throws Exception {
		// every test of this class stores the same article into the shared context: any
		// hit will do
		var result = mvc.get().uri("/api/v1/search?q={q}&sort=newest&section=international", "قاهره").exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.exact").isEqualTo(true);
		assertThat(result).bodyJson()
			.extractingPath("$.items[0].snippet.html")
			.asString()
			.contains("<mark>قاهره</mark>");
		assertThat(result).bodyJson().extractingPath("$.items[0].path").asString().startsWith("/news/");
		assertThat(result).bodyJson().extractingPath("$.items[0].publishedAt").isEqualTo("2023-06-06T06:00:00Z");
		assertThat(result).bodyJson().extractingPath("$.items[0].publishedAtJalali").isEqualTo("۰۹:۳۰ - ۱۴۰۲/۰۳/۱۶");
		assertThat(result).bodyJson().extractingPath("$.items[0].title.highlights[0].start").isEqualTo(17);
		assertThat(result).bodyJson().extractingPath("$.items[0].title.highlights[0].end").isEqualTo(22);
		assertThat(result).bodyJson().extractingPath("$.items[0].section.slug").isEqualTo("international");
	}

	@Test
	void saysSoInPersianWhenNothingMatchesAndShowsTheQueryEscaped() throws Exception {
		var result = mvc.get().uri("/search?q={q}", "<b>زلزله</b>").exchange();
		assertThat(result).hasStatusOk();
		assertThat(html(result)).contains("برای «&lt;b&gt;زلزله&lt;/b&gt;» خبری پیدا نشد").doesNotContain("<b>زلزله");
	}

	@Test
	void refusesADateThatIsNotJalaliWithAPersianMessage() throws Exception {
		var page = mvc.get().uri("/search?q=قاهره&from={from}", "۱۴۰۲/۱۲/۳۰").exchange();
		assertThat(page).hasStatus(400);
		assertThat(html(page)).contains("تاریخ را به شکل سال/ماه/روز خورشیدی بنویسید").contains("value=\"۱۴۰۲/۱۲/۳۰\"");
		var api = mvc.get().uri("/api/v1/search?q=قاهره&to=1402-13-01").exchange();
		assertThat(api).hasStatus(400);
		assertThat(api).bodyJson().extractingPath("$.message").asString().contains("خورشیدی");
		assertThat(mvc.get().uri("/search?q=قاهره&from=۱۴۰۲/۰۴/۰۱&to=۱۴۰۲/۰۳/۰۱").exchange()).hasStatus(400);
	}

	@Test
	void hostileInputNeverBreaksTheSearch() throws Exception {
		List<String> queries = new ArrayList<>(List.of("*", "?", "~", "قاهره~2", "\"قاهره", "title:قاهره", "AND",
				"OR NOT", "(قاهره", "[* TO *]", "{a TO b}", "قاهره AND (", "\\", "/.*/", "+-&&||!(){}[]^\"~*?:\\/", "%",
				"%00", "\u0000\u0001\u0007", "\u202Eقاهره\u202C", "\u2067هیئت\u2069", "\u200F\u200E\u061C", "\uFEFF",
				"\uD800", "\uDC00x", "<script>alert(1)</script>", "' OR 1=1 --", "قاهره".repeat(2_000),
				"ا ".repeat(5_000), "\uFDFD".repeat(3_000), "٠١٢٣", "   ", ""));
		queries.add("x".repeat(10_000));
		for (String q : queries) {
			for (String path : List.of("/search", "/api/v1/search")) {
				var result = mvc.get().uri(path + "?q={q}&page={p}&sort={s}&section={c}", q, q, q, q).exchange();
				assertThat(result.getResponse().getStatus())
					.as("%s for %s", path, q.length() > 40 ? q.substring(0, 40) : q)
					.isEqualTo(200);
			}
		}
		assertThat(html(mvc.get().uri("/search?q={q}", "قاهره ".repeat(100)).exchange()))
			.contains("عبارت جست‌وجو بیش از اندازه بلند بود");
		assertThat(html(mvc.get().uri("/search").exchange())).contains("عبارتی را که دنبالش هستید بنویسید");
		var bidi = html(mvc.get().uri("/search?q={q}", "\u202Eقاهره").exchange());
		assertThat(bidi).doesNotContain("\u202E").contains("<mark>قاهره</mark>");
	}

	@Test
	void saysMoreThanTheCountLimitWhenCountingStoppedThere() {
		SearchRequest request = SearchRequest.of("بورس", "", "", "", "", "");
		SearchHit hit = new SearchHit(1, Snippet.plain("بورس تهران"), "/news/1/x", "economy", "اقتصاد", PUBLISHED,
				Snippet.plain("لید"));
		String more = render(new SearchResults(request, ArticleSearch.COUNT_LIMIT, false, List.of(hit), null));
		assertThat(more).contains("بیش از ۱۰۰۰ خبر برای «بورس»").contains("صفحهٔ ۱ از ۱۰۰");
		String exact = render(new SearchResults(request, 12, true, List.of(hit), null));
		assertThat(exact).contains("۱۲ خبر برای «بورس»").contains("صفحهٔ ۱ از ۲").doesNotContain("بیش از");
	}

	String render(SearchResults results) {
		var page = new SearchPage(PageMeta.noIndex("جست‌وجو"), new SearchPage.Form("بورس", "", "", "", "relevance"),
				List.of(), results, null);
		return new String(renderer.render("search/results", java.util.Map.of("page", page)), StandardCharsets.UTF_8);
	}

	@Test
	void servesPagesAndSortOrder() throws Exception {
		var result = mvc.get().uri("/search?q=قاهره&sort=newest&page=۱").exchange();
		assertThat(result).hasStatusOk();
		assertThat(html(result)).contains("<option value=\"newest\" selected>");
		var far = mvc.get().uri("/search?q=قاهره&page=99999999999").exchange();
		assertThat(far).hasStatusOk();
	}

	@Test
	void aCachedSearchPageNeverOutlivesAnIndexChange() throws Exception {
		String path = "/search?q={q}";
		String q = "فولاد مباركه";
		assertThat(html(mvc.get().uri(path, q).exchange())).doesNotContain("/news/");
		assertThat(html(mvc.get().uri(path, q).exchange())).doesNotContain("/news/");

		long published = articles.store(new NewArticle("international", ArticleKind.STORY, null,
				"فروش فولاد مبارکه در بورس کالا", "لید", "<p>متن</p>", new Source("خبر", null), Byline.NONE, List.of(),
				Media.NONE, ArticleStatus.PUBLISHED, CommentSettings.DEFAULT, PUBLISHED, "test:" + System.nanoTime()));
		index.catchUp();
		assertThat(html(mvc.get().uri(path, q).exchange())).contains("/news/" + published + "/");
		assertThat(html(mvc.get().uri(path, q).exchange())).contains("/news/" + published + "/");

		transaction.executeWithoutResult(tx -> {
			jdbc.sql("UPDATE article_article SET status = 'RETRACTED', version = version + 1 WHERE id = :id")
				.param("id", published)
				.update();
			events.publishEvent(new ArticleChanged(published, ArticleStatus.RETRACTED));
		});
		index.catchUp();
		assertThat(html(mvc.get().uri(path, q).exchange())).doesNotContain("/news/" + published + "/");
	}

}
