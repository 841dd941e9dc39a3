package app.khabar.feed;

import static app.khabar.feed.FeedFixtures.html;
import static app.khabar.feed.FeedFixtures.part;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import app.khabar.support.MutableClock;

/**
 * The home page and the section fronts through MVC and the page caches: the latest
 * published stories newest first, paging, the editors' boxes, the ticker, and the cache
 * that an article change moves.
 */
@SpringBootTest(properties = { "khabar.newsroom.scheduled-publishing=false", "khabar.article.views-flush=1h" })
@AutoConfigureMockMvc
@Import({ FeedFixtures.class, MutableClock.Config.class })
class FrontIntegrationTests {

	/** FrontController's page size. */
	private static final int PAGE_SIZE = 20;

	private static final Pattern STORY = Pattern.compile("<li class=\"story ");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	FeedFixtures fixtures;

	@Autowired
	Curation curation;

	@Autowired
	Ticker ticker;

	@Test
	void theHomePageListsThePublishedStoriesNewestFirstAndLinksTheSections() {
		String section = fixtures.section("home");
		long older = fixtures.published(section, "خبر پیشین صفحهٔ نخست", Duration.ofMinutes(2));
		long newer = fixtures.published(section, "خبر تازهٔ صفحهٔ نخست", Duration.ofMinutes(1));
		fixtures.draft(section, "پیش‌نویسی که خواننده نمی‌بیند");

		MvcTestResult home = mvc.get().uri("/").exchange();

		assertThat(home).hasStatusOk().hasContentTypeCompatibleWith("text/html");
		String html = html(home);
		assertThat(html).contains("lang=\"fa\"", "dir=\"rtl\"", "<title>تازه‌ترین خبرهای ایران و جهان | خبر</title>",
				"href=\"/service/" + section + "\"");
		String latest = part(html, "id=\"latest-title\"");
		assertThat(latest.indexOf("/news/" + newer + "/")).isPositive()
			.isLessThan(latest.indexOf("/news/" + older + "/"));
		assertThat(html).doesNotContain("پیش‌نویسی که خواننده نمی‌بیند");
	}

	@Test
	void theHomePageIsServedFromCacheUntilAnArticleChanges() {
		String etag = mvc.get().uri("/").exchange().getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(etag).isNotBlank();
		assertThat(mvc.get().uri("/").header(HttpHeaders.IF_NONE_MATCH, etag).exchange()).hasStatus(304);

		fixtures.published(fixtures.section("cache"), "خبری که نسخهٔ صفحه را جابه‌جا می‌کند", Duration.ofSeconds(30));

		MvcTestResult changed = mvc.get().uri("/").header(HttpHeaders.IF_NONE_MATCH, etag).exchange();
		assertThat(changed).hasStatusOk();
		assertThat(changed.getResponse().getHeader(HttpHeaders.ETAG)).isNotEqualTo(etag);
		assertThat(html(changed)).contains("خبری که نسخهٔ صفحه را جابه‌جا می‌کند");
	}

	@Test
	void aSectionFrontShowsOnlyItsOwnStoriesTwentyToAPage() {
		String section = fixtures.section("paging");
		long oldest = fixtures.published(section, "نخستین خبر این سرویس", Duration.ofHours(30));
		for (int i = 1; i <= 20; i++) {
			fixtures.published(section, "خبر شمارهٔ " + i + " سرویس", Duration.ofHours(30 - i));
		}
		String other = fixtures.section("other");
		fixtures.published(other, "خبر سرویسی دیگر", Duration.ofMinutes(5));

		String first = html(mvc.get().uri("/service/" + section).exchange());
		assertThat(first)
			.contains("<title>سرویس " + section + " | خبر</title>",
					"<h1 class=\"front-title\">سرویس " + section + "</h1>", "صفحهٔ ۱ از ۲",
					"rel=\"next\" href=\"/service/" + section + "?page=2\"")
			.doesNotContain("rel=\"prev\"", "خبر سرویسی دیگر", "/news/" + oldest + "/");
		assertThat(canonical(first)).endsWith("/service/" + section);
		assertThat(stories(part(first, "id=\"latest-title\""))).isEqualTo(PAGE_SIZE);
		assertThat(part(first, "id=\"latest-title\"")).contains("خبر شمارهٔ 20 سرویس");

		for (String page : List.of("2", "۲")) {
			MvcTestResult second = mvc.get().uri("/service/" + section + "?page=" + page).exchange();
			assertThat(second).hasStatusOk();
			String latest = part(html(second), "id=\"latest-title\"");
			assertThat(stories(latest)).isOne();
			assertThat(latest).contains("/news/" + oldest + "/");
			assertThat(canonical(html(second))).endsWith("/service/" + section + "?page=2");
			assertThat(html(second)).contains("صفحهٔ ۲ از ۲", "rel=\"prev\" href=\"/service/" + section + "\"")
				.doesNotContain("rel=\"next\"");
		}
		assertThat(html(mvc.get().uri("/service/" + section + "?page=abc").exchange())).contains("صفحهٔ ۱ از ۲");
		assertThat(html(mvc.get().uri("/service/" + section + "?page=9999").exchange()))
			.contains("هنوز خبری منتشر نشده است.");
	}

	@Test
	void anUnknownSectionIsThePersianNotFoundPage() {
		MvcTestResult missing = mvc.get().uri("/service/no-such-section").exchange();

		assertThat(missing).hasStatus(404);
		assertThat(html(missing)).contains("dir=\"rtl\"");
	}

	@Test
	void theEditorsBoxesShowTheirPublishedArticlesInTheEditorsOrder() {
		String section = fixtures.section("boxes");
		long first = fixtures.published(section, "خبر نخست برگزیده", Duration.ofHours(3));
		long second = fixtures.published(section, "خبر دوم برگزیده", Duration.ofHours(2));
		long picked = fixtures.published(section, "مطلبی که نباید از دست داد", Duration.ofHours(1));
		long draft = fixtures.draft(section, "پیش‌نویس در جعبه");
		try {
			curation.replace(Box.LEAD, List.of(second, first));
			curation.replace(Box.DONT_MISS, List.of(draft, picked));

			String home = html(mvc.get().uri("/").exchange());
			String lead = part(home, "class=\"lead-stories\"");
			assertThat(lead).contains("story-lead");
			assertThat(lead.indexOf("/news/" + second + "/")).isPositive()
				.isLessThan(lead.indexOf("/news/" + first + "/"));
			// the lead stories are not repeated under «تازه‌ترین خبرها»
			assertThat(part(home, "id=\"latest-title\""))
				.doesNotContain("/news/" + first + "/", "/news/" + second + "/")
				.contains("/news/" + picked + "/");
			String dontMiss = part(home, "class=\"box box-dont_miss\"");
			assertThat(dontMiss).contains("این مطالب را از دست ندهید", "/news/" + picked + "/")
				.doesNotContain("پیش‌نویس در جعبه");

			// the lead stories are the home page's first page only; the boxes are on
			// every front
			assertThat(html(mvc.get().uri("/?page=2").exchange())).doesNotContain("class=\"lead-stories\"");
			String front = html(mvc.get().uri("/service/" + section).exchange());
			assertThat(front).doesNotContain("class=\"lead-stories\"");
			assertThat(part(front, "class=\"box box-dont_miss\"")).contains("/news/" + picked + "/");
		}
		finally {
			curation.replace(Box.LEAD, List.of());
			curation.replace(Box.DONT_MISS, List.of());
		}
		assertThat(part(html(mvc.get().uri("/").exchange()), "class=\"box box-dont_miss\""))
			.contains("فعلاً مطلبی در این بخش نیست.");
	}

	@Test
	void theTickerShowsOnEveryFrontWhileItIsSet() {
		String section = fixtures.section("ticker");
		fixtures.published(section, "خبر سرویس نوار فوری", Duration.ofMinutes(10));
		assertThat(html(mvc.get().uri("/").exchange())).doesNotContain("class=\"ticker\"");
		try {
			ticker.set("maryam", "فوری: بارش برف در گردنه‌های البرز", "/service/" + section, null);

			for (String path : List.of("/", "/service/" + section)) {
				assertThat(html(mvc.get().uri(path).exchange())).as(path)
					.contains("class=\"ticker\"", "فوری: بارش برف در گردنه‌های البرز",
							"class=\"ticker-text\" href=\"/service/" + section + "\"");
			}
		}
		finally {
			ticker.clear("maryam");
		}
		assertThat(html(mvc.get().uri("/service/" + section).exchange())).doesNotContain("class=\"ticker\"");
	}

	private static String canonical(String html) {
		String start = "<link rel=\"canonical\" href=\"";
		int from = html.indexOf(start) + start.length();
		return html.substring(from, html.indexOf('"', from));
	}

	private static long stories(String html) {
		return STORY.matcher(html).results().count();
	}

}
