package app.khabar.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import app.khabar.support.MutableClock;

/**
 * Page views through the real database: counted in memory, added to the Tehran day's row
 * on flush (insert, then update: the statements differ per dialect), pages served from
 * the cache count too, and most read sums the last days of published articles only.
 */
@SpringBootTest(properties = { "khabar.newsroom.scheduled-publishing=false", "khabar.article.views-flush=1h" })
@AutoConfigureMockMvc
@Import(MutableClock.Config.class)
class ArticleViewsIntegrationTests {

	static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

	@Autowired
	ArticleViews views;

	@Autowired
	ArticleImport imports;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Test
	void viewsAreCountedInMemoryAndAddedToTheDaysRowOnFlush() {
		long article = article("خبری که خوانده می‌شود", ArticleStatus.PUBLISHED);
		record(article, 3);
		assertThat(views(article)).isZero();

		views.flush();
		assertThat(views(article)).isEqualTo(3);

		record(article, 2);
		views.flush();
		views.flush();
		assertThat(views(article)).isEqualTo(5);
		assertThat(rows(article)).isOne();
	}

	@Test
	void pagesServedFromTheCacheAreViewsToo() {
		long article = article("خبری که از حافظه خوانده می‌شود", ArticleStatus.PUBLISHED);
		String page = mvc.get().uri("/news/" + article).exchange().getResponse().getHeader(HttpHeaders.LOCATION);
		for (int i = 0; i < 3; i++) {
			assertThat(mvc.get().uri(URI.create(page)).exchange()).hasStatusOk();
		}

		views.flush();

		assertThat(views(article)).isEqualTo(3);
	}

	@Test
	void eachTehranDayHasItsRowAndMostReadSumsTheLastDaysOfPublishedArticles() {
		// 23:30 in Tehran: an hour later is the next Tehran day
		ZonedDateTime now = clock.instant().atZone(TEHRAN);
		ZonedDateTime lateEvening = now.toLocalDate().atTime(23, 30).atZone(TEHRAN);
		clock.advance(Duration.between(now, lateEvening.isAfter(now) ? lateEvening : lateEvening.plusDays(1)));
		long steady = article("خبری که هر روز خوانده می‌شود", ArticleStatus.PUBLISHED);
		long today = article("خبری که امروز خوانده می‌شود", ArticleStatus.PUBLISHED);
		long draft = article("پیش‌نویسی با بازدید", ArticleStatus.DRAFT);
		record(steady, 2);
		views.flush();
		clock.advance(Duration.ofHours(1));
		record(steady, 1);
		record(today, 2);
		record(draft, 9);
		views.flush();
		List<Long> mine = List.of(steady, today, draft);

		assertThat(rows(steady)).isEqualTo(2);
		assertThat(views.mostRead(1, 100)).filteredOn(mine::contains).containsExactly(today, steady);
		assertThat(views.mostRead(2, 100)).filteredOn(mine::contains).containsExactly(steady, today);
		assertThat(views.mostRead(2, 1)).hasSize(1);
	}

	private long article(String title, ArticleStatus status) {
		imports.ensureSection("views", "بازدیدها");
		return imports.store(new NewArticle("views", ArticleKind.STORY, null, title, "لید", "<p>متن</p>",
				new Source("خبر", null), Byline.NONE, List.of(), Media.NONE, status, CommentSettings.DEFAULT,
				status == ArticleStatus.PUBLISHED ? clock.instant().minusSeconds(3600) : null, null));
	}

	private void record(long article, int times) {
		for (int i = 0; i < times; i++) {
			views.record(article);
		}
	}

	private long views(long article) {
		return jdbc.sql("SELECT COALESCE(SUM(views), 0) FROM article_views WHERE article_id = :id")
			.param("id", article)
			.query(Long.class)
			.single();
	}

	private int rows(long article) {
		return jdbc.sql("SELECT COUNT(*) FROM article_views WHERE article_id = :id")
			.param("id", article)
			.query(Integer.class)
			.single();
	}

}
