package app.khabar.wordpress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.khabar.article.Article;
import app.khabar.article.ArticleCatalog;
import app.khabar.article.ArticleStatus;
import app.khabar.article.BylineAuthor;
import app.khabar.article.Media;
import app.khabar.feed.Box;
import app.khabar.feed.Curation;
import app.khabar.media.TestImages;

@SpringBootTest(properties = "khabar.demo.enabled=false")
class WxrImportIntegrationTests {

	@Autowired
	WxrImport wxrImport;

	@Autowired
	ArticleCatalog catalog;

	@Autowired
	Curation curation;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ImportedImageOrigins imageOrigins;

	@TempDir
	Path dir;

	/**
	 * This test's copy of the site: tests share a database, each has a site of its own.
	 */
	String host = "old-" + java.util.UUID.randomUUID().toString().substring(0, 8) + ".example.ir";

	/** A test file, its site moved to this test's host. */
	Path resource(String name) throws IOException {
		try (InputStream in = WxrImportIntegrationTests.class.getResourceAsStream("/wxr/" + name)) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("old.example.ir", host);
			return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
		}
	}

	@Test
	void importsPostsAndThreadedCommentsOnceAndReportsWhatItCouldNot() throws Exception {
		Path file = resource("persian-news.xml");

		WxrImport.Summary first = wxrImport.importFiles(List.of(file), WxrImport.Options.DEFAULT);

		assertThat(first.imported()).isEqualTo(2);
		assertThat(first.items()).containsEntry("post published", 1)
			.containsEntry("post draft (draft)", 1)
			.containsEntry("attachment", 1);
		assertThat(first.skipped()).containsEntry("malformed item", 1)
			.containsEntry("item cut off by the end of the file", 1)
			.containsEntry("page (Khabar has no static pages)", 1)
			.containsEntry("shortcode removed", 1)
			.containsEntry("reply's parent is missing (attached to the post)", 1);
		assertThat(first.notes())
			.anyMatch(note -> note.startsWith("persian-news.xml line ") && note.contains("malformed item"));
		assertThat(first.comments()).containsEntry("published", 3)
			.containsEntry("pending", 1)
			.containsEntry("rejected (spam)", 1);
		assertThat(first.report()).contains("نوشتهٔ منتشرشده: ۱", "مورد بدساخت: ۱");

		Article story = article(101);
		assertThat(story.title()).isEqualTo("پیروزی تیم ملی در رقابت‌های آسیایی");
		assertThat(story.slug()).isEqualTo("پیروزی-تیم-ملی");
		assertThat(story.section().slug()).isEqualTo("football");
		assertThat(story.section().name()).isEqualTo("فوتبال");
		assertThat(story.kicker()).isEqualTo("در دیدار دیشب");
		assertThat(story.tags()).containsExactly("لیگ برتر");
		assertThat(story.status()).isEqualTo(ArticleStatus.PUBLISHED);
		assertThat(story.publishedAt()).isEqualTo(Instant.parse("2023-06-06T06:00:00Z"));
		assertThat(story.lead()).isEqualTo("تیم ملی فوتبال ایران امروز در دیداری حساس به پیروزی رسید.");
		assertThat(story.byline().authors()).singleElement().satisfies(author -> {
			assertThat(author.name()).isEqualTo("سارا رضایی");
			assertThat(author.handle()).isEqualTo("sara");
		});
		assertThat(story.bodyHtml())
			.contains("<p>تیم ملی فوتبال ایران امروز", "گفت:<br />", "<figcaption>شادی بازیکنان پس از گل</figcaption>",
					"<iframe src=\"https://www.aparat.com/video/video/embed/videohash/abc123/vt/frame\"",
					"یادداشت سردبیر")
			.doesNotContain("[caption", "[su_note", "<script", "alert");
		assertThat(story.media())
			.isEqualTo(new Media(Media.Type.IMAGE, "https://" + host + "/wp-content/uploads/2023/06/team.jpg", null));
		assertThat(curation.articleIdsOf(Box.LEAD)).startsWith(story.id());

		Article draft = article(102);
		assertThat(draft.status()).isEqualTo(ArticleStatus.DRAFT);
		assertThat(draft.lead()).isEqualTo("خلاصهٔ نوشته");
		assertThat(draft.comments().open()).isFalse();
		// post_date_gmt is 0000-00-00 00:00:00: post_date in Tehran time (UTC+3:30)
		assertThat(draft.publishedAt()).isEqualTo(Instant.parse("2023-06-07T06:30:00Z"));
		assertThat(draft.bodyHtml())
			.contains("<p>متن پیش‌نویس با بلوک‌های گوتنبرگ.</p>",
					"src=\"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ\"")
			.doesNotContain("wp:paragraph", "<!--");

		Map<Long, Long> parents = parentsByWordPressId();
		assertThat(parents).containsEntry(11L, null).containsEntry(15L, null);
		assertThat(parents.get(12L)).isEqualTo(commentId(11));
		assertThat(parents.get(13L)).isEqualTo(commentId(12));
		assertThat(jdbc.sql("SELECT screening_detail FROM comment_comment WHERE id = :id")
			.param("id", commentId(14))
			.query(String.class)
			.single()).isEqualTo("وارد شده از وردپرس");
		assertThat(jdbc.sql("SELECT body FROM comment_comment WHERE id = :id")
			.param("id", commentId(11))
			.query(String.class)
			.single()).isEqualTo("بازی خوبی بود");
		assertThat(counters(story.id())).containsExactly(3, 1, 1);
		assertThat(count("SELECT COUNT(*) FROM comment_comment WHERE client_hash IS NOT NULL")).isZero();
		assertThat(count(
				"SELECT COUNT(*) FROM wordpress_comment WHERE author_email IS NOT NULL OR author_url IS NOT NULL"))
			.isZero();

		WxrImport.Summary again = wxrImport.importFiles(List.of(file), WxrImport.Options.DEFAULT);

		assertThat(again.imported()).isZero();
		assertThat(again.commentsImported()).isZero();
		assertThat(again.alreadyPresent()).isEqualTo(3);
		assertThat(again.commentsPresent()).isEqualTo(5);
		assertThat(count("SELECT COUNT(*) FROM wordpress_post p JOIN wordpress_site s ON s.id = p.site_id"
				+ " WHERE p.article_id IS NOT NULL AND s.host = '" + host + "'"))
			.isEqualTo(2);
		assertThat(counters(story.id())).containsExactly(3, 1, 1);
	}

	@Test
	void aPostTheDatabaseRefusesCostsOnlyItselfNotItsBatch() throws Exception {
		Path file = resource("persian-news.xml");
		// the database refuses to record post 102 of this test's site, in the middle of
		// the
		// batch that holds post 101 and its comments
		String constraint = "wordpress_post_refuses_" + host.substring(4, 12);
		jdbc.sql("ALTER TABLE wordpress_post ADD CONSTRAINT " + constraint + " CHECK (guid <> 'https://" + host
				+ "/?p=102')")
			.update();
		WxrImport.Summary summary;
		try {
			summary = wxrImport.importFiles(List.of(file), WxrImport.Options.DEFAULT);
		}
		finally {
			jdbc.sql("ALTER TABLE wordpress_post DROP CONSTRAINT " + constraint).update();
		}

		assertThat(summary.skipped()).containsEntry("refused by the database", 1)
			.containsEntry("shortcode removed", 1)
			.containsEntry("malformed item", 1);
		assertThat(summary.notes()).anyMatch(note -> note.contains("refused by the database"));
		assertThat(summary.items()).containsEntry("post published", 1)
			.containsEntry("attachment", 1)
			.doesNotContainKey("post draft (draft)");
		assertThat(summary.comments()).containsEntry("published", 3)
			.containsEntry("pending", 1)
			.containsEntry("rejected (spam)", 1);
		assertThat(counters(article(101).id())).containsExactly(3, 1, 1);
		assertThat(count("SELECT COUNT(*) FROM wordpress_post p JOIN wordpress_site s ON s.id = p.site_id"
				+ " WHERE p.wp_id = 102 AND s.host = '" + host + "'"))
			.isZero();

		WxrImport.Summary again = wxrImport.importFiles(List.of(file), WxrImport.Options.DEFAULT);

		assertThat(again.items()).containsOnlyKeys("post draft (draft)");
		assertThat(again.commentsImported()).isZero();
		assertThat(counters(article(101).id())).containsExactly(3, 1, 1);
	}

	@Test
	void imagesFoundUnderTheUploadsCopyBecomeKhabarMedia() throws Exception {
		Path file = resource("persian-news.xml");
		Path uploads = Files.createDirectories(dir.resolve("uploads/2023/06")).getParent().getParent();
		Files.write(uploads.resolve("2023/06/team.jpg"), TestImages.jpeg(1200, 750));

		WxrImport.Summary summary = wxrImport.importFiles(List.of(file),
				new WxrImport.Options(false, uploads, Map.of(), false, WxrImport.Options.DEFAULT.zone()));

		assertThat(summary.skipped()).doesNotContainKey("image not found under --uploads (kept as an external image)");
		Article story = article(101);
		assertThat(story.media().ref()).startsWith("/media/");
		assertThat(story.bodyHtml()).contains("src=\"" + story.media().ref() + "\"", "srcset=\"/media/")
			.doesNotContain(host);
	}

	@Test
	void anImageMissingFromTheUploadsCopyKeepsItsAddressAndIsReported() throws Exception {
		Path file = resource("persian-news.xml");

		WxrImport.Summary summary = wxrImport.importFiles(List.of(file), new WxrImport.Options(false,
				Files.createDirectories(dir.resolve("empty")), Map.of(), false, WxrImport.Options.DEFAULT.zone()));

		assertThat(summary.skipped()).containsKey("image not found under --uploads (kept as an external image)");
		assertThat(article(101).media().ref()).isEqualTo("https://" + host + "/wp-content/uploads/2023/06/team.jpg");
		// the site's Content-Security-Policy lets the page show it
		assertThat(imageOrigins.imageOrigins()).contains("https://" + host);
	}

	@Test
	void aDryRunKeepsNothing() throws Exception {
		Path file = resource("persian-news.xml");
		// other tests of this database may have imported their own copies
		long drafts = count("SELECT COUNT(*) FROM article_article WHERE title = 'پیش‌نویس گزارش'");

		WxrImport.Summary dry = wxrImport.importFiles(List.of(file),
				new WxrImport.Options(true, null, Map.of(), false, WxrImport.Options.DEFAULT.zone()));

		assertThat(dry.imported()).isEqualTo(2);
		assertThat(dry.commentsImported()).isEqualTo(5);
		assertThat(count("SELECT COUNT(*) FROM wordpress_site WHERE host = '" + host + "'")).isZero();
		assertThat(count("SELECT COUNT(*) FROM article_article WHERE title = 'پیش‌نویس گزارش'")).isEqualTo(drafts);
	}

	@Test
	void mapsAndFlattensCategories() throws Exception {
		Path file = resource("persian-news.xml");

		wxrImport.importFiles(List.of(file),
				new WxrImport.Options(false, null, Map.of("ورزشی", "sports"), true, WxrImport.Options.DEFAULT.zone()));

		// football's parent is ورزشی, mapped to sports
		assertThat(article(101).section().slug()).isEqualTo("sports");
		assertThat(article(102).section().slug()).isEqualTo("sports");
	}

	@Test
	void refusesAFileThatIsNotAWordPressExportAtOnce() throws IOException {
		Path file = Files.writeString(dir.resolve("news.jsonl"), "{\"title\": \"خبر\"}\n", StandardCharsets.UTF_8);

		assertThatThrownBy(() -> wxrImport.importFiles(List.of(file), WxrImport.Options.DEFAULT))
			.isInstanceOf(WxrImport.NotWxrFile.class)
			.hasMessageContaining("پروندهٔ خروجی وردپرس (WXR) نیست");
		assertThat(count("SELECT COUNT(*) FROM wordpress_site WHERE host = '" + host + "'")).isZero();
	}

	@Test
	void importsWhatRealPersianNewsExportsHold() throws Exception {
		Path file = resource("persian-edge-cases.xml");

		WxrImport.Summary summary = wxrImport.importFiles(List.of(file),
				new WxrImport.Options(false, null, Map.of(), true, WxrImport.Options.DEFAULT.zone()));

		assertThat(summary.items()).containsEntry("post published", 2);
		assertThat(summary.comments()).containsOnly(Map.entry("published", 1));
		assertThat(summary.skipped()).containsEntry("comment is a pingback", 1)
			.containsEntry("comment is a trackback", 1)
			.containsEntry("shortcode removed", 1);
		Article story = article(301);
		// flattened to the parent that the file declares after its child
		assertThat(story.section().name()).isEqualTo("اقتصاد");
		// no excerpt: the SEO plugin's description is the lead
		assertThat(story.lead()).isEqualTo("توضیح یواست");
		// an author the channel does not list is still a byline, named by login
		assertThat(story.byline().authors()).extracting(BylineAuthor::name).containsExactly("reza");
		assertThat(story.bodyHtml()).doesNotContain("[", "more")
			.contains("<figcaption>نمودار شاخص</figcaption>", "گزارش.mp3</a>",
					"https://www.aparat.com/video/video/embed/videohash/xyz789/vt/frame");
		Article untitled = article(302);
		// no title: its first sentence; no GMT date: the local one in the site's zone
		assertThat(untitled.title()).startsWith("بازار سرمایه پس از رکورد دیروز");
		assertThat(untitled.publishedAt()).isEqualTo(Instant.parse("2024-01-11T06:30:00Z"));
		assertThat(untitled.id()).isNotEqualTo(story.id());
		assertThat(counters(story.id())).containsExactly(1, 0, 0);
	}

	private Article article(long wpId) {
		long id = jdbc.sql("""
				SELECT p.article_id FROM wordpress_post p JOIN wordpress_site s ON s.id = p.site_id
				WHERE p.wp_id = :wpId AND s.host = :host
				""").param("wpId", wpId).param("host", host).query(Long.class).single();
		return catalog.find(id).orElseThrow();
	}

	private long commentId(long wpId) {
		return jdbc.sql("""
				SELECT c.comment_id FROM wordpress_comment c JOIN wordpress_site s ON s.id = c.site_id
				WHERE c.wp_id = :wpId AND s.host = :host
				""").param("wpId", wpId).param("host", host).query(Long.class).single();
	}

	private Map<Long, Long> parentsByWordPressId() {
		var parents = new java.util.HashMap<Long, Long>();
		jdbc.sql("""
				SELECT w.wp_id, c.parent_id FROM wordpress_comment w JOIN comment_comment c ON c.id = w.comment_id
				JOIN wordpress_site s ON s.id = w.site_id WHERE s.host = :host
				""").param("host", host).query((rs, row) -> {
			Number parent = (Number) rs.getObject("parent_id");
			parents.put(rs.getLong("wp_id"), parent == null ? null : parent.longValue());
			return null;
		}).list();
		return parents;
	}

	private List<Integer> counters(long articleId) {
		return jdbc.sql("SELECT published, pending, rejected FROM comment_counters WHERE article_id = :id")
			.param("id", articleId)
			.query((rs, row) -> List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3)))
			.single();
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
