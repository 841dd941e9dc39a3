package app.khabar.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import app.khabar.article.Article;
import app.khabar.article.ArticleCatalog;
import app.khabar.article.ArticleKind;
import app.khabar.comment.CommentStatus;
import app.khabar.feed.Box;
import app.khabar.feed.Curation;

// a context (and so a database) of its own: the first load below must find the database without demo content
@SpringBootTest(properties = { "khabar.demo.enabled=false", "khabar.test.context=demo-content" })
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoContentIntegrationTests {

	@Autowired
	DemoContent demo;

	@Autowired
	Curation curation;

	@Autowired
	ArticleCatalog catalog;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvcTester mvc;

	final List<DemoContent.Result> firstLoads = new ArrayList<>();

	Instant loadedAt;

	@BeforeAll
	void twoNodesStartAtOnce() throws Exception {
		loadedAt = Instant.now();
		var ready = new CountDownLatch(2);
		Callable<DemoContent.Result> node = () -> {
			ready.countDown();
			ready.await();
			return demo.load();
		};
		try (ExecutorService nodes = Executors.newFixedThreadPool(2)) {
			List<Future<DemoContent.Result>> results = nodes.invokeAll(List.of(node, node));
			for (Future<DemoContent.Result> result : results) {
				firstLoads.add(result.get());
			}
		}
	}

	@Test
	void loadsOnceWhenTwoNodesStartTogether() {
		assertThat(firstLoads).filteredOn(DemoContent.Result::loaded).hasSize(1);
		assertThat(firstLoads).filteredOn(r -> !r.loaded())
			.singleElement()
			.isEqualTo(new DemoContent.Result(false, 0, 0));
		DemoContent.Result loaded = firstLoads.stream().filter(DemoContent.Result::loaded).findFirst().orElseThrow();
		assertThat(loaded.articles()).isEqualTo(count("SELECT COUNT(*) FROM article_article"))
			.isGreaterThanOrEqualTo(36);
		assertThat(loaded.comments()).isEqualTo(count("SELECT COUNT(*) FROM comment_comment"));
		assertThat(demo.isLoaded()).isTrue();
	}

	@Test
	void loadingAgainAddsNothing() {
		long articles = count("SELECT COUNT(*) FROM article_article");
		long comments = count("SELECT COUNT(*) FROM comment_comment");

		assertThat(demo.load().loaded()).isFalse();

		assertThat(count("SELECT COUNT(*) FROM article_article")).isEqualTo(articles);
		assertThat(count("SELECT COUNT(*) FROM comment_comment")).isEqualTo(comments);
	}

	@Test
	void fillsAtLeastSevenSectionsWithPublishedArticles() {
		assertThat(count("""
				SELECT COUNT(DISTINCT section_id) FROM article_article WHERE status = 'PUBLISHED'
				""")).isGreaterThanOrEqualTo(7);
		assertThat(catalog.sections()).extracting(s -> s.name()).contains("بین‌الملل", "ورزشی", "عکس", "فیلم");
	}

	@Test
	void everyArticleHasASourceTagsAnImageAndABody() {
		assertThat(count("SELECT COUNT(*) FROM article_article WHERE source_outlet IS NULL")).isZero();
		assertThat(count(
				"SELECT COUNT(*) FROM article_article WHERE media_ref IS NULL OR media_ref NOT LIKE '/media/%.jpg'"))
			.isZero();
		assertThat(count("""
				SELECT COUNT(*) FROM article_article a
				WHERE (SELECT COUNT(*) FROM article_tag t WHERE t.article_id = a.id) NOT BETWEEN 2 AND 5
				""")).isZero();
		assertThat(count("SELECT COUNT(*) FROM article_article WHERE body_html NOT LIKE '%<p>%</p>%'")).isZero();
		assertThat(count("SELECT COUNT(*) FROM article_article WHERE source_agency IS NOT NULL")).isPositive();
	}

	@Test
	void picturesAreStoredAsRasterUploadsOfAKnownSize() {
		assertThat(count("SELECT COUNT(*) FROM article_article WHERE body_html LIKE '%/demo/%'")).isZero();
		assertThat(count("SELECT COUNT(*) FROM article_article WHERE body_html LIKE '%<img src=\"/media/%.jpg\"%'"))
			.as("gallery pictures")
			.isPositive();
		assertThat(count("SELECT COUNT(*) FROM media_file")).isGreaterThanOrEqualTo(15);
		assertThat(
				count("SELECT COUNT(*) FROM media_file WHERE width <> 1280 OR height <> 720 OR uploaded_by <> 'demo'"))
			.isZero();
	}

	@Test
	void picturesAreTheOnesTheBuildPrepared() throws Exception {
		List<String> stored = jdbc.sql("SELECT sha256 FROM media_file").query(String.class).list();
		var prepared = new ArrayList<app.khabar.media.PreparedImage>();
		for (var svg : new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
			.getResources("classpath:static/demo/*.svg")) {
			String name = svg.getFilename().replaceFirst("\\.svg$", "");
			prepared.add(app.khabar.media.PreparedImage.find(DemoPictures.PREPARED + name)
				.orElseThrow(() -> new AssertionError("the build prepared no picture of " + name)));
		}
		assertThat(prepared).hasSizeGreaterThanOrEqualTo(15);
		assertThat(stored).hasSizeGreaterThanOrEqualTo(15)
			.isSubsetOf(prepared.stream().map(app.khabar.media.PreparedImage::sha256).toList());
		// the stored files are the build's, byte for byte
		var first = prepared.stream().filter(p -> stored.contains(p.sha256())).findFirst().orElseThrow();
		byte[] served = mvc.get()
			.uri("/media/" + first.sha256().substring(0, 32) + "-480.jpg")
			.exchange()
			.getResponse()
			.getContentAsByteArray();
		try (var in = new org.springframework.core.io.ClassPathResource(first.location() + "-480.jpg")
			.getInputStream()) {
			assertThat(served).isNotEmpty().isEqualTo(in.readAllBytes());
		}
	}

	@Test
	void anArticlePagePreviewsItsPictureAsAJpegWithSizeAndAlt() {
		long id = jdbc.sql("SELECT MIN(id) FROM article_article WHERE media_caption IS NOT NULL")
			.query(Long.class)
			.single();
		Article article = catalog.find(id).orElseThrow();

		String html = new String(
				mvc.get().uri(URI.create(article.path())).exchange().getResponse().getContentAsByteArray(),
				StandardCharsets.UTF_8);

		assertThat(html)
			.containsPattern("<meta property=\"og:image\" content=\"https?://[^\"]+/media/[0-9a-f]{32}-1280\\.jpg\">")
			.contains("<meta property=\"og:image:width\" content=\"1280\">",
					"<meta property=\"og:image:height\" content=\"720\">",
					"<meta property=\"og:image:alt\" content=\"" + article.media().caption() + "\">")
			.containsPattern(
					"\"image\":\\{\"@type\":\"ImageObject\",\"url\":\"[^\"]+-1280\\.jpg\",\"width\":1280,\"height\":720")
			.containsPattern(
					"srcset=\"/media/[0-9a-f]{32}-480\\.jpg 480w, [^\"]+-960\\.jpg 960w, [^\"]+-1280\\.jpg 1280w\"");
	}

	@Test
	void everyArticleHasAByline() {
		assertThat(count("""
				SELECT COUNT(*) FROM article_article a
				WHERE a.byline_text IS NULL AND NOT EXISTS (SELECT 1 FROM article_byline b WHERE b.article_id = a.id)
				""")).isZero();
		assertThat(count("SELECT COUNT(DISTINCT author_id) FROM article_byline")).isGreaterThanOrEqualTo(10);
		assertThat(count("SELECT COUNT(*) FROM article_author WHERE bio = ''")).isZero();
		assertThat(count("""
				SELECT COUNT(*) FROM article_article a
				WHERE (SELECT COUNT(*) FROM article_byline b WHERE b.article_id = a.id) > 1
				""")).as("one story signed by two").isPositive();
	}

	@Test
	void storesNormalizedLettersWhereTheDemoTextUsesArabicOnes() {
		assertThat(count("""
				SELECT COUNT(*) FROM article_article WHERE body_html LIKE '%ي%' OR body_html LIKE '%ك%'
				  OR title LIKE '%ي%' OR title LIKE '%ك%'
				""")).isZero();
	}

	@Test
	void countersEqualTheCommentsByStatus() {
		List<Map<String, Object>> mismatches = jdbc
			.sql("""
					SELECT c.article_id FROM comment_counters c
					WHERE c.published <> (SELECT COUNT(*) FROM comment_comment m WHERE m.article_id = c.article_id AND m.status = 'PUBLISHED')
					   OR c.pending <> (SELECT COUNT(*) FROM comment_comment m WHERE m.article_id = c.article_id AND m.status = 'PENDING')
					   OR c.rejected <> (SELECT COUNT(*) FROM comment_comment m WHERE m.article_id = c.article_id AND m.status = 'REJECTED')
					""")
			.query()
			.listOfRows();
		assertThat(mismatches).isEmpty();
		assertThat(count("SELECT COUNT(DISTINCT article_id) FROM comment_comment"))
			.isEqualTo(count("SELECT COUNT(*) FROM comment_counters"));
	}

	@Test
	void commentsComeInAllThreeStatesWithRepliesAndOneBusyThread() {
		for (CommentStatus status : CommentStatus.values()) {
			assertThat(count("SELECT COUNT(*) FROM comment_comment WHERE status = '" + status + "'")).as(status.name())
				.isPositive();
		}
		assertThat(count("""
				SELECT COUNT(*) FROM comment_comment r JOIN comment_comment p ON r.parent_id = p.id
				WHERE p.parent_id IS NOT NULL
				""")).as("replies to replies").isPositive();
		assertThat(count("SELECT COUNT(*) FROM comment_comment WHERE author_name IS NULL")).as("anonymous")
			.isPositive();
		assertThat(count("SELECT COUNT(*) FROM comment_comment WHERE country_code IS NULL")).as("unknown country")
			.isPositive();
		assertThat(count("""
				SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM comment_comment GROUP BY article_id) t
				""")).isGreaterThanOrEqualTo(15);
		assertThat(count("SELECT COUNT(*) FROM article_article WHERE comments_open = FALSE")).isEqualTo(1);
		assertThat(count("SELECT COUNT(*) FROM article_article WHERE moderation_mode = 'POST'"))
			.isGreaterThanOrEqualTo(2);
	}

	@Test
	void commentsAreWrittenAfterTheirArticleAndTheirParentAndNotInTheFuture() {
		assertThat(count("""
				SELECT COUNT(*) FROM comment_comment c JOIN article_article a ON a.id = c.article_id
				WHERE c.created_at < a.published_at
				""")).isZero();
		assertThat(count("""
				SELECT COUNT(*) FROM comment_comment c JOIN comment_comment p ON p.id = c.parent_id
				WHERE c.created_at < p.created_at OR c.article_id <> p.article_id
				""")).isZero();
		OffsetDateTime latest = jdbc.sql("SELECT MAX(created_at) FROM comment_comment")
			.query(OffsetDateTime.class)
			.single();
		assertThat(latest.toInstant()).isBeforeOrEqualTo(Instant.now());
		OffsetDateTime oldest = jdbc.sql("SELECT MIN(published_at) FROM article_article")
			.query(OffsetDateTime.class)
			.single();
		assertThat(oldest.toInstant()).isAfter(loadedAt.minusSeconds(11 * 24 * 3600));
	}

	@Test
	void fillsEveryBoxWithArticlesOfTheRightKind() {
		assertThat(curation.box(Box.LEAD)).hasSizeBetween(4, 5);
		assertThat(curation.box(Box.DONT_MISS)).hasSize(5);
		assertThat(curation.box(Box.FEATURED_VIDEO)).isNotEmpty().allMatch(a -> a.kind() == ArticleKind.VIDEO);
		assertThat(curation.box(Box.FEATURED_PHOTO)).isNotEmpty().allMatch(a -> a.kind() == ArticleKind.GALLERY);
		assertThat(curation.box(Box.SPORTS_PICKS)).isNotEmpty().allMatch(a -> a.sectionSlug().equals("sports"));
	}

	@Test
	void leadsTheHomePageWithALivePageOfPinnedAndCorrectedEntries() {
		assertThat(curation.box(Box.LEAD).getFirst().kind()).isEqualTo(ArticleKind.LIVE);
		assertThat(count("SELECT COUNT(*) FROM live_entry")).isGreaterThanOrEqualTo(24);
		assertThat(count("SELECT COUNT(*) FROM live_entry WHERE pin_rank IS NOT NULL")).isBetween(2L, 6L);
		assertThat(count("SELECT COUNT(*) FROM live_entry WHERE corrected_at IS NOT NULL")).isOne();
		assertThat(count("SELECT COUNT(*) FROM live_entry WHERE posted_at > CURRENT_TIMESTAMP")).isZero();
		assertThat(count("SELECT COUNT(*) FROM live_coverage WHERE ended_at IS NULL")).isOne();
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
