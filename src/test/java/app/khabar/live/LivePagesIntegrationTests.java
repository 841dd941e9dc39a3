package app.khabar.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import app.khabar.support.MutableClock;
import app.khabar.web.JsonLd;

/**
 * A live page as readers and machines get it: the stream on the article page (pins first,
 * corrections marked, LiveBlogPosting in the head), the update check keyed by the
 * reader's last entry with a 304 while nothing is new, the page's RSS and the news
 * sitemap, each moving with the next entry and the end.
 */
@SpringBootTest(properties = { "khabar.newsroom.scheduled-publishing=false", "khabar.article.views-flush=1h" })
@AutoConfigureMockMvc
@Import({ LiveFixtures.class, MutableClock.Config.class })
class LivePagesIntegrationTests {

	@Autowired
	LiveFixtures fixtures;

	@Autowired
	LiveDesk desk;

	@Autowired
	LiveStreams streams;

	@Autowired
	MockMvcTester mvc;

	@Test
	void pageUpdatesFeedAndSitemapFollowTheStream() {
		long page = fixtures.livePage("طوفان در بندر");
		long first = desk.post(page, "maryam", EntryText.plain("بندر بسته شد", "کشتی‌ها در لنگرگاه ماندند.", "مریم"));
		fixtures.clock.advance(Duration.ofMinutes(2));
		long second = desk.post(page, "sara", EntryText.plain(null, "باد به ۹۰ کیلومتر رسید.", "سارا"));
		desk.pin(page, first, true);
		desk.correct(page, second, EntryText.plain(null, "باد به ۸۰ کیلومتر رسید.", "سارا"));

		String html = body(mvc.get().uri("/news/" + page).exchange().getResponse().getRedirectedUrl());
		assertThat(html).contains("\"@type\":\"LiveBlogPosting\"", "\"coverageStartTime\"", "\"liveBlogUpdate\"")
			.doesNotContain("\"@type\":\"NewsArticle\"", "coverageEndTime");
		assertThat(html).as("the page's own feed in its head")
			.containsPattern(
					"<link rel=\"alternate\" type=\"application/rss\\+xml\" title=\"[^\"]*\" href=\"[^\"]*/live/" + page
							+ "/rss\">");
		assertThat(html.indexOf("id=\"entry-" + first + "\"")).as("the pinned entry first")
			.isLessThan(html.indexOf("id=\"entry-" + second + "\""));
		assertThat(html).contains("۸۰ کیلومتر", "اصلاح‌شده در").doesNotContain("۹۰ کیلومتر");

		MvcTestResult nothingNew = mvc.get().uri("/live/" + page + "/updates?after=" + second).exchange();
		assertThat(nothingNew).hasStatusOk().bodyJson().extractingPath("$.count").isEqualTo(0);
		assertThat(nothingNew).as("what the reader has that changed: the ids still shown, the corrections")
			.bodyJson()
			.extractingPath("$.visible")
			.isEqualTo(List.of((int) second, (int) first));
		assertThat(nothingNew).bodyJson().extractingPath("$.corrected[0].id").isEqualTo((int) second);
		assertThat(nothingNew).bodyJson()
			.extractingPath("$.corrected[0].html")
			.asString()
			.contains("۸۰ کیلومتر", "data-corrected=\"20");
		String etag = nothingNew.getResponse().getHeader("ETag");
		assertThat(mvc.get().uri("/live/" + page + "/updates?after=" + second).header("If-None-Match", etag))
			.hasStatus(304);

		long third = desk.post(page, "maryam", EntryText.plain("بندر باز شد", "کشتی‌ها حرکت کردند.", "مریم"));
		MvcTestResult fresh = mvc.get()
			.uri("/live/" + page + "/updates?after=" + second)
			.header("If-None-Match", etag)
			.exchange();
		assertThat(fresh).hasStatusOk().bodyJson().extractingPath("$.count").isEqualTo(1);
		assertThat(fresh).bodyJson().extractingPath("$.latest").isEqualTo((int) third);
		assertThat(fresh).bodyJson().extractingPath("$.html").asString().contains("id=\"entry-" + third + "\"");

		String rss = body(mvc.get().uri("/live/" + page + "/rss").exchange());
		assertThat(rss).contains("<title>بندر باز شد</title>", "#entry-" + third, "#entry-" + first);
		assertThat(body(mvc.get().uri("/news-sitemap.xml").exchange())).contains("/news/" + page + "/");
		Instant thirdAt = streams.of(page).orElseThrow().entry(third).orElseThrow().postedAt();
		assertThat(body(mvc.get().uri("/sitemap.xml").exchange())).as("the page's month changed with its entry")
			.contains("<lastmod>" + JsonLd.dateTime(thirdAt) + "</lastmod>");

		fixtures.clock.advance(Duration.ofMinutes(1));
		desk.end(page);
		assertThat(mvc.get().uri("/live/" + page + "/updates?after=" + third)).bodyJson()
			.extractingPath("$.ended")
			.isEqualTo(true);
		String ended = body(mvc.get().uri("/news/" + page).exchange().getResponse().getRedirectedUrl());
		assertThat(ended).contains("coverageEndTime", "پایان پوشش").doesNotContain("/js/live.js");
	}

	@Test
	void unknownPagesAndBadCursorsGetPersian4xx() {
		long story = fixtures.story("خبر معمولی");
		assertThat(mvc.get().uri("/live/" + story + "/updates")).hasStatus(404)
			.bodyText()
			.contains("صفحهٔ لحظه به لحظه‌ای با این نشانی پیدا نشد");
		assertThat(mvc.get().uri("/live/99999999/updates")).hasStatus(404);
		long page = fixtures.livePage("مرز");
		assertThat(mvc.get().uri("/live/" + page + "/updates?after=-1")).hasStatus(400)
			.bodyText()
			.contains("شمارهٔ آخرین به‌روزرسانی درست نیست");
		assertThat(mvc.get().uri("/live/" + page + "/updates?after=" + "9".repeat(40))).hasStatus(400);
	}

	private String body(String redirect) {
		return body(mvc.get().uri(java.net.URI.create(redirect)).exchange());
	}

	private static String body(MvcTestResult result) {
		assertThat(result).hasStatusOk();
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

}
