package app.khabar.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import app.khabar.KhabarApplication;
import app.khabar.article.Article;
import app.khabar.article.ArticleCatalog;
import app.khabar.article.ArticleImport;
import app.khabar.account.AccountId;
import app.khabar.account.Role;
import app.khabar.account.StaffMember;
import app.khabar.article.AuthorDirectory;
import app.khabar.article.AuthorProfile;
import app.khabar.article.ProfileChange;
import app.khabar.article.ArticleKind;
import app.khabar.article.Byline;
import app.khabar.article.ArticleLifecycle;
import app.khabar.article.ArticleStatus;
import app.khabar.article.CommentSettings;
import app.khabar.article.Media;
import app.khabar.article.NewArticle;
import app.khabar.article.Source;
import app.khabar.comment.CommentImport;
import app.khabar.comment.CommentReview;
import app.khabar.comment.CommentStatus;
import app.khabar.feed.Box;
import app.khabar.feed.BoxMove;
import app.khabar.feed.Curation;
import app.khabar.moderation.ModerationRules;
import app.khabar.moderation.SiteDefaults;
import app.khabar.support.TestDatabases;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Two Khabar nodes on one database: this test's context is node A, and a second
 * application started on the same database is node B, with its own caches, search index
 * and port. What an editor, a moderator or an admin does on A shows on B's pages, which B
 * had cached (whole pages and hot pages, articles, threads, boxes, settings) before the
 * change. On H2 (one in-memory database shared in this JVM) B learns of the changes by
 * polling the feed; the PostgreSQL twin turns polling down to once in ten minutes, so
 * only {@code LISTEN/NOTIFY} can bring them within the wait.
 */
@SpringBootTest(properties = { "khabar.newsroom.scheduled-publishing=false", "khabar.cluster.node-id=node-a" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesIntegrationTests {

	/** Generous: on H2 B polls every second; on PostgreSQL a notification takes ms. */
	static final Duration WAIT = Duration.ofSeconds(15);

	static final Instant PUBLISHED = Instant.parse("2026-11-20T06:30:00Z");

	/** What B is started with, from A's environment when set there (the twin's). */
	static final List<String> SHARED_SETTINGS = List.of("khabar.cluster.listen", "khabar.cluster.poll-interval",
			"khabar.cluster.listening-poll-interval", "khabar.search.poll-interval");

	@Autowired
	Environment environment;

	@Autowired
	ArticleImport articles;

	@Autowired
	ArticleLifecycle lifecycle;

	@Autowired
	ArticleCatalog catalog;

	@Autowired
	AuthorDirectory authors;

	@Autowired
	CommentImport comments;

	@Autowired
	CommentReview review;

	@Autowired
	Curation curation;

	@Autowired
	ModerationRules rules;

	ConfigurableApplicationContext nodeB;

	HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	void startNodeB() {
		List<String> args = new ArrayList<>(
				List.of("--spring.datasource.url=" + environment.getRequiredProperty("spring.datasource.url"),
						"--spring.datasource.username=" + environment.getRequiredProperty("spring.datasource.username"),
						"--spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""),
						"--" + TestDatabases.SAME_DATABASE + "=true", "--server.port=0", "--management.server.port=0",
						"--khabar.cluster.node-id=node-b", "--khabar.newsroom.scheduled-publishing=false"));
		for (String key : SHARED_SETTINGS) {
			String value = environment.getProperty(key);
			if (value != null) {
				args.add("--" + key + "=" + value);
			}
		}
		nodeB = new SpringApplicationBuilder(KhabarApplication.class).run(args.toArray(String[]::new));
	}

	@AfterAll
	void stopNodeB() {
		if (nodeB != null) {
			nodeB.close();
		}
		http.close();
	}

	/** Hooks for the twin: how B must have learned of the change. */
	void assertMechanism(double notificationsBefore) {
	}

	double notificationsOnB() {
		var counter = nodeB.getBean(MeterRegistry.class).find("khabar.cluster.feed.notifications").counter();
		return counter == null ? 0 : counter.count();
	}

	long article(String title, CommentSettings comments) {
		return article(title, comments, "بودجه");
	}

	long article(String title, CommentSettings comments, String tag) {
		articles.ensureSection("economy", "اقتصاد");
		return articles.store(new NewArticle("economy", ArticleKind.STORY, null, title,
				"نمایندگان دربارهٔ سهم استان‌ها از بودجه گفت‌وگو کردند.",
				"<p>کمیسیون برنامه و بودجه امروز دربارهٔ لایحه تصمیم گرفت.</p>", new Source("خبر", null), Byline.NONE,
				List.of(tag), Media.NONE, ArticleStatus.PUBLISHED, comments, PUBLISHED, "test:" + System.nanoTime()));
	}

	HttpResponse<String> onB(String path) throws Exception {
		int port = nodeB.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** B serves the page, twice: the second answer comes from its hot path. */
	HttpResponse<String> cachedOnB(String path) throws Exception {
		onB(path);
		return onB(path);
	}

	void awaitOnB(String path, int status, String text) {
		await().atMost(WAIT).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
			HttpResponse<String> page = onB(path);
			assertThat(page.statusCode()).isEqualTo(status);
			assertThat(page.body()).contains(text);
		});
	}

	Article current(long id) {
		return catalog.findCurrent(List.of(id)).getFirst();
	}

	/**
	 * B serves the article's page from its caches; then {@code change} runs on A, and B's
	 * page must answer {@code status} showing {@code shows} within the wait.
	 */
	void changeOnAShowsOnB(long id, Runnable change, int status, String shows) throws Exception {
		String path = current(id).path();
		awaitOnB(path, 200, current(id).title());
		assertThat(cachedOnB(path).body()).doesNotContain(shows);
		double before = notificationsOnB();

		change.run();

		awaitOnB(path, status, shows);
		assertMechanism(before);
	}

	@Test
	void aRetractionOnAShowsOnB() throws Exception {
		long id = article("برنامهٔ بودجه‌ای که پس گرفته می‌شود", CommentSettings.DEFAULT);
		changeOnAShowsOnB(id, () -> lifecycle.retract("editor", id, current(id).version(), "خبر نادرست بود"), 410,
				"خبر نادرست بود");
	}

	@Test
	void aCorrectionOnAShowsOnB() throws Exception {
		long id = article("نرخ تورم ماهانه اعلام شد", CommentSettings.DEFAULT);
		changeOnAShowsOnB(id, () -> lifecycle.correct("editor", id, current(id).version(), "رقم تورم اصلاح شد"), 200,
				"رقم تورم اصلاح شد");
	}

	@Test
	void aModeratorsApprovalOnAShowsOnB() throws Exception {
		long id = article("گفت‌وگو دربارهٔ یارانه‌ها", CommentSettings.DEFAULT);
		long comment = comments.store(id, null, "مریم", "این تصمیم به نفع خانواده‌هاست", null, CommentStatus.PENDING,
				PUBLISHED.plusSeconds(60), 0, 0);
		changeOnAShowsOnB(id,
				() -> review.decide(comment, review.find(comment).orElseThrow().version(), CommentStatus.PUBLISHED),
				200, "این تصمیم به نفع خانواده‌هاست");
	}

	@Test
	void aNewBoxOrderOnAShowsOnB() {
		long first = article("نخستین خبر جعبه", CommentSettings.DEFAULT);
		long second = article("دومین خبر جعبه", CommentSettings.DEFAULT);
		curation.replace(Box.DONT_MISS, List.of(first, second));
		Curation curationOnB = nodeB.getBean(Curation.class);
		await().atMost(WAIT)
			.untilAsserted(() -> assertThat(curationOnB.box(Box.DONT_MISS)).extracting(summary -> summary.id())
				.containsExactly(first, second));
		double before = notificationsOnB();

		curation.change(Box.DONT_MISS, curation.order(Box.DONT_MISS).version(), BoxMove.UP, second);

		await().atMost(WAIT)
			.untilAsserted(() -> assertThat(curationOnB.box(Box.DONT_MISS)).extracting(summary -> summary.id())
				.containsExactly(second, first));
		assertMechanism(before);
	}

	@Test
	void aSettingChangedOnAShowsOnB() throws Exception {
		long id = article("پرونده‌ای که نظرهایش بسته می‌شود", CommentSettings.DEFAULT);
		try {
			// the article is older than a day: the site's auto-close shuts it
			changeOnAShowsOnB(id, () -> rules.setSiteDefaults(new SiteDefaults(1)), 200, "comments-closed");
		}
		finally {
			rules.setSiteDefaults(new SiteDefaults(null));
		}
	}

	@Test
	void aPublishedArticleOnAIsFoundOnB() {
		long id = article("واردات خودروهای برقی آزاد شد", CommentSettings.DEFAULT);
		// the result links to the article (its words are marked in the title)
		awaitOnB("/search?q=" + URLEncoder.encode("خودروهای برقی", StandardCharsets.UTF_8), 200,
				"href=\"/news/" + id + "/");
	}

	@Test
	void aTagFirstUsedOnAShowsOnB() throws Exception {
		String tag = "مالیات-" + System.nanoTime();
		String path = "/tag/" + URLEncoder.encode(tag, StandardCharsets.UTF_8);
		// B has answered that no such tag exists, and remembers it
		assertThat(onB(path).statusCode()).isEqualTo(404);
		double before = notificationsOnB();

		article("مالیات بر خانه‌های خالی تصویب شد", CommentSettings.DEFAULT, tag);

		awaitOnB(path, 200, "مالیات بر خانه‌های خالی تصویب شد");
		assertMechanism(before);
	}

	@Test
	void anAuthorRenamedOnAShowsOnB() throws Exception {
		String username = "writer" + System.nanoTime();
		var member = new StaffMember(new AccountId(1), username, "نسرین رحیمی", Set.of(Role.REPORTER));
		AuthorProfile author = authors.ensureStaff(member);
		articles.ensureSection("economy", "اقتصاد");
		long id = articles.store(new NewArticle("economy", ArticleKind.STORY, null, "بازار مسکن در پاییز",
				"قیمت‌ها در شهرهای بزرگ ثابت ماند.", "<p>گزارش بازار مسکن.</p>", new Source("خبر", null),
				new Byline(List.of(author.byline()), null), List.of("مسکن"), Media.NONE, ArticleStatus.PUBLISHED,
				CommentSettings.DEFAULT, PUBLISHED, "test:" + System.nanoTime()));

		changeOnAShowsOnB(id,
				() -> authors.updateOwn(member, new ProfileChange(author.version(), "نسرین رحیمی‌نژاد", "", null)), 200,
				"نسرین رحیمی‌نژاد");
	}

}
