package app.khabar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import app.khabar.account.StaffMember;
import app.khabar.article.ArticleCatalog;
import app.khabar.article.ArticleContent;
import app.khabar.article.ArticleImport;
import app.khabar.article.ArticleKind;
import app.khabar.article.ArticleLifecycle;
import app.khabar.article.ArticleStatus;
import app.khabar.article.Byline;
import app.khabar.article.CommentSettings;
import app.khabar.article.Media;
import app.khabar.article.Source;
import app.khabar.moderation.DeskFixtures;
import app.khabar.moderation.ModerationDashboard;
import app.khabar.moderation.ModerationDesk;

/**
 * Khabar's own meters as Prometheus scrapes them from the management port, each moved by
 * the real work it counts: a comment posted through the JSON API and one refused, a
 * moderator's decision, a wrong password, a scheduled article falling due, an article
 * page served from the page cache and from memory. README "Metrics" lists them.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "khabar.newsroom.scheduler-delay=200ms", "khabar.comment.client-limit=1000" })
@AutoConfigureMockMvc
@Import(DeskFixtures.class)
class MetricsIntegrationTests {

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	DeskFixtures fixtures;

	@Autowired
	ArticleLifecycle lifecycle;

	@Autowired
	ArticleImport articles;

	@Autowired
	ArticleCatalog catalog;

	@Autowired
	ModerationDesk desk;

	@Autowired
	ModerationDashboard dashboard;

	@Test
	void aPostedCommentIsCountedAcceptedWithItsReasonAndAsOneBatchOfTheGroupCommit() throws Exception {
		long article = fixtures.article("metrics-a", "شمار نظرهای رسیده در یک روز پرخبر");
		String before = scrape();

		assertThat(postComment(article, "گزارش روشنی بود؛ ممنون از خبرنگار.")).hasStatus(201);

		String after = scrape();
		assertThat(
				delta(before, after, "khabar_comment_accepted_total", "status=\"pending\"", "reason=\"premoderation\""))
			.isEqualTo(1);
		assertThat(delta(before, after, "khabar_comment_accepted_total")).as("nothing else was accepted").isEqualTo(1);
		assertThat(delta(before, after, "khabar_comment_commit_batch_count")).isEqualTo(1);
		assertThat(delta(before, after, "khabar_comment_commit_batch_sum")).isEqualTo(1);
		assertThat(delta(before, after, "khabar_comment_commit_wait_seconds_count")).isEqualTo(1);
		assertThat(delta(before, after, "khabar_comment_commit_duration_seconds_count")).isEqualTo(1);
		assertThat(value(after, "khabar_comment_commit_queued")).isZero();
	}

	@Test
	void aRefusedCommentIsCountedByItsReasonAndNotAccepted() throws Exception {
		long article = fixtures.article("metrics-b", "نظری که کوتاه‌تر از اندازه است");
		String before = scrape();

		assertThat(postComment(article, "ن")).hasStatus(400);

		String after = scrape();
		assertThat(delta(before, after, "khabar_comment_refused_total", "reason=\"invalid_text\"")).isEqualTo(1);
		assertThat(delta(before, after, "khabar_comment_refused_total")).isEqualTo(1);
		assertThat(delta(before, after, "khabar_comment_accepted_total")).isZero();
		assertThat(delta(before, after, "khabar_comment_commit_batch_count")).as("refused before the batch").isZero();
	}

	@Test
	void aModeratorsDecisionsAreCountedByKindAndTheQueueGaugesFollowTheQueue() throws Exception {
		long article = fixtures.article("metrics-c", "صف بررسی نظرها در ساعت شلوغ");
		StaffMember moderator = fixtures.moderator("مریم داوری");
		long approved = fixtures.posted(article, "نظر نخست برای بررسی").id();
		long edited = fixtures.posted(article, "نظر دوم با غلط املایی").id();
		String before = scrape();

		desk.approve(moderator, approved, desk.entry(approved).orElseThrow().version());
		desk.edit(moderator, edited, desk.entry(edited).orElseThrow().version(), "نظر دوم بی غلط املایی");

		String after = scrape();
		assertThat(delta(before, after, "khabar_moderation_decisions_total", "decision=\"approve\"")).isEqualTo(1);
		assertThat(delta(before, after, "khabar_moderation_decisions_total", "decision=\"edit\"")).isEqualTo(1);
		assertThat(delta(before, after, "khabar_moderation_decisions_total")).isEqualTo(2);
		// the gauges are read at most every few seconds: within that they agree with the
		// desk's own exact figures
		await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
			var queue = dashboard.snapshot();
			String now = scrape();
			assertThat(queue.pending()).isPositive();
			assertThat(value(now, "khabar_moderation_queue_pending")).isEqualTo(queue.pending());
			assertThat(value(now, "khabar_moderation_queue_oldest_age_seconds"))
				.isCloseTo(queue.oldestPendingAge().toMillis() / 1000.0, offset(2.0));
		});
	}

	@Test
	void aWrongPasswordIsCountedAsALoginFailure() throws Exception {
		StaffMember moderator = fixtures.moderator("سینا رضایی");
		String before = scrape();

		var result = mvc.post()
			.uri("/login")
			.param("username", moderator.username())
			.param("password", "not-the-password")
			.with(csrf())
			.exchange();
		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/login?error");

		String after = scrape();
		assertThat(delta(before, after, "khabar_account_login_failures_total", "reason=\"password\"")).isEqualTo(1);
		assertThat(delta(before, after, "khabar_account_login_failures_total")).isEqualTo(1);
	}

	@Test
	void aScheduledArticleIsCountedWhenItIsPublishedAndTheIndexCatchesUpWithTheFeed() throws Exception {
		String before = scrape();
		long id = lifecycle.create("sara",
				new ArticleContent(articles.ensureSection("metrics-d", "سرویس سنجه").id(), ArticleKind.STORY, null,
						"خبر زمان‌بندی‌شده برای سنجه‌ها", "لید خبر زمان‌بندی‌شده", "<p>متن</p>", Source.NONE,
						Byline.NONE, List.of(), Media.NONE, CommentSettings.DEFAULT));
		lifecycle.schedule("maryam", id, 0, Instant.now().plusSeconds(1));

		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> catalog.find(id).orElseThrow().status() == ArticleStatus.PUBLISHED);
		await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
			String now = scrape();
			assertThat(delta(before, now, "khabar_newsroom_scheduled_published_total")).isEqualTo(1);
			assertThat(value(now, "khabar_search_index_lag")).isZero();
			assertThat(value(now, "khabar_cluster_feed_head")).isGreaterThan(value(before, "khabar_cluster_feed_head"));
			assertThat(value(now, "khabar_cluster_feed_position")).isEqualTo(value(now, "khabar_cluster_feed_head"));
		});
	}

	@Test
	void anArticlePageCountsAMissOfThePageCacheThenHitsFromMemory() throws Exception {
		long article = fixtures.article("metrics-e", "صفحهٔ پربازدید یک خبر فوری");
		String path = catalog.find(article).orElseThrow().path();
		String before = scrape();

		for (int i = 0; i < 4; i++) {
			assertThat(OpsEndpointsIntegrationTests.get(port, path).statusCode()).isEqualTo(200);
		}

		String after = scrape();
		assertThat(delta(before, after, "cache_gets_total", "cache=\"web.pages\"", "result=\"miss\""))
			.as("rendered once")
			.isEqualTo(1);
		assertThat(delta(before, after, "khabar_pages_hot_served_total")).as("the next ones from memory")
			.isGreaterThanOrEqualTo(2);
		assertThat(delta(before, after, "cache_gets_total", "cache=\"article.by-id\"")).isPositive();
	}

	private MvcTestResult postComment(long article, String text) {
		return mvc.post()
			.uri("/api/v1/articles/{id}/comments", article)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"" + text + "\",\"altcha\":\"" + fixtures.altcha() + "\"}")
			.exchange();
	}

	private String scrape() throws Exception {
		var response = OpsEndpointsIntegrationTests.get(managementPort, "/actuator/prometheus");
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	private static double delta(String before, String after, String name, String... labels) {
		return value(after, name, labels) - value(before, name, labels);
	}

	/** The sum of the series of {@code name} that carry every one of {@code labels}. */
	static double value(String prometheus, String name, String... labels) {
		return prometheus.lines()
			.filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
			.filter(line -> Arrays.stream(labels).allMatch(line::contains))
			.mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.sum();
	}

}
