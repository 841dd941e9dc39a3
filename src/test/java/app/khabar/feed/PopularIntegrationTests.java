package app.khabar.feed;

import static app.khabar.feed.FeedFixtures.html;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import app.khabar.article.ArticleSummary;
import app.khabar.article.ArticleViews;
import app.khabar.comment.CommentImport;
import app.khabar.comment.CommentStatus;
import app.khabar.support.MutableClock;

/**
 * The home page's most-read and most-commented lists from real page views and comment
 * counters: views of the last two Tehran days and published comments only, published
 * articles only, most first.
 */
@SpringBootTest(properties = { "khabar.newsroom.scheduled-publishing=false", "khabar.article.views-flush=1h" })
@AutoConfigureMockMvc
@Import({ FeedFixtures.class, MutableClock.Config.class })
class PopularIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	FeedFixtures fixtures;

	@Autowired
	Popular popular;

	@Autowired
	ArticleViews views;

	@Autowired
	CommentImport comments;

	@Test
	void mostReadRanksPublishedArticlesByTheirViewsOfTheLastTwoDays() {
		String section = fixtures.section("read");
		long stale = fixtures.published(section, "خبری که سه روز پیش خوانده شد", Duration.ofDays(4));
		view(stale, 9);
		fixtures.clock.advance(Duration.ofDays(3));
		long once = fixtures.published(section, "خبر یک بار خوانده", Duration.ofHours(3));
		long thrice = fixtures.published(section, "خبر سه بار خوانده", Duration.ofHours(2));
		long twice = fixtures.published(section, "خبر دو بار خوانده", Duration.ofHours(1));
		long draft = fixtures.draft(section, "پیش‌نویس پرخواننده");
		String before = popular.version();
		view(once, 1);
		view(thrice, 3);
		view(twice, 2);
		view(draft, 9);

		popular.refresh();

		assertThat(ids(popular.mostRead())).hasSizeLessThanOrEqualTo(Popular.SIZE)
			.containsSubsequence(thrice, twice, once)
			.doesNotContain(stale, draft);
		assertThat(popular.version()).isNotEqualTo(before);
		String home = html(mvc.get().uri("/").exchange());
		String mostRead = FeedFixtures.part(home, "class=\"box box-most-read\"");
		assertThat(mostRead).contains("پربازدیدترین‌ها");
		assertThat(mostRead.indexOf("/news/" + thrice + "/")).isPositive()
			.isLessThan(mostRead.indexOf("/news/" + once + "/"));
		assertThat(html(mvc.get().uri("/?page=2").exchange())).doesNotContain("most-read-title",
				"most-commented-title");
	}

	@Test
	void mostCommentedRanksTheLatestArticlesByTheirPublishedComments() {
		String section = fixtures.section("talk");
		long one = fixtures.published(section, "خبری با یک نظر", Duration.ofMinutes(3));
		long two = fixtures.published(section, "خبری با دو نظر", Duration.ofMinutes(2));
		long pendingOnly = fixtures.published(section, "خبری با نظرهای در انتظار", Duration.ofMinutes(1));
		comment(one, CommentStatus.PUBLISHED);
		comment(two, CommentStatus.PUBLISHED);
		comment(two, CommentStatus.PUBLISHED);
		comment(two, CommentStatus.PENDING);
		for (int i = 0; i < 3; i++) {
			comment(pendingOnly, CommentStatus.PENDING);
			comment(pendingOnly, CommentStatus.REJECTED);
		}

		popular.refresh();

		assertThat(ids(popular.mostCommented())).hasSizeLessThanOrEqualTo(Popular.SIZE)
			.containsSubsequence(two, one)
			.doesNotContain(pendingOnly);
		assertThat(FeedFixtures.part(html(mvc.get().uri("/").exchange()), "class=\"box box-most-commented\""))
			.contains("پربحث‌ترین‌ها", "خبری با دو نظر", "خبری با یک نظر");
	}

	private void view(long article, int times) {
		for (int i = 0; i < times; i++) {
			views.record(article);
		}
		views.flush();
	}

	private void comment(long article, CommentStatus status) {
		comments.store(article, null, "رضا", "نظری دربارهٔ این خبر", "IR", status,
				Instant.parse("2026-11-20T09:00:00Z"), 0, 0);
	}

	private static List<Long> ids(List<ArticleSummary> list) {
		return list.stream().map(ArticleSummary::id).toList();
	}

}
