package app.khabar.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.khabar.article.Article;
import app.khabar.article.ArticleCatalog;
import app.khabar.article.ArticleImport;
import app.khabar.shared.ProgressBar;

@SpringBootTest(properties = "khabar.demo.enabled=false")
class NewsImportIntegrationTests {

	// written by us in the corpus' shape, file numbers beyond the real corpus': Arabic
	// yeh and kaf, spaced and ZWNJ'd categories, a trailing space
	static final String CORPUS = """
			{"file": "asriran_1_data_90001.txt", "source": "asriran_1_data", "title": "نشست وزيران خارجه منطقه در پايتخت برگزار شد", "url": "https://example.org/1", "categories": ["بین الملل"], "published": "2020-01-07 15:32:00", "doc_id": "۱۲۳", "tags": ["نشست منطقه‌ای", "وزیران خارجه"], "summary_sentence_ids": ["1"], "body": "وزیران خارجه پنج کشور امروز در پایتخت دیدار کردند.\\nموضوع اصلی این نشست همکاری‌های اقتصادی و حمل‌ونقل بود.\\nقرار است نشست بعدی سال آینده برگزار شود."}
			{"file": "broken_90002.txt", "source": "tabnak_data", "title": "بی‌پایان
			{"file": "sobhane2_90003.txt", "source": "sobhane2", "title": null, "url": "https://example.org/3", "categories": ["گوناگون"], "published": "2020-03-01 09:00:00", "doc_id": "4", "tags": [], "body": "قیمت ميوه در بازار امروز ثابت ماند.\\nفروشندگان می‌گویند تقاضا کمتر از هفته پیش بوده است.\\nپیش‌بینی می‌شود هفته آینده هم تغییری نکند."}
			{"file": "tabnak_data_90004.txt", "source": "tabnak_data", "title": "گفت‌وگوی تلفنی دو وزير", "url": "https://example.org/4", "categories": ["صفحه نخست", "سياست‌خارجی"], "published": "2020-06-20 21:10:00", "doc_id": "9", "tags": ["ديپلماسی"], "body": "دو وزیر تلفنی گفت‌وگو کردند."}

			{"file": "asriran_2_data_90005.txt", "source": "asriran_2_data", "title": "کلاس‌های درس مجازی شد", "url": "https://example.org/5", "categories": ["اجتماعی "], "published": "2020-03-10 10:00:00", "doc_id": "5", "tags": [], "body": "کلاس‌ها مجازی شد.\\nدانش‌آموزان از خانه درس می‌خوانند."}
			{"file": "roozno_data_90006.txt", "source": "roozno_data", "title": "خبری بی‌دسته", "url": "https://example.org/6", "categories": [], "published": "2019-12-01 08:00:00", "doc_id": "6", "tags": [], "body": "متن خبری که دسته ندارد و باید به بخش عمومی برود."}
			{"file": "mashregh_90007.txt", "source": "mashregh", "title": "رصد ستارگان", "url": "https://example.org/7", "categories": ["نجوم"], "published": "2020-02-02 20:00:00", "doc_id": "7", "tags": [], "body": "رصد ستارگان در شب‌های زمستان."}
			{"file": "tabnak_data_90008.txt", "source": "tabnak_data", "title": "تاریخ نامعلوم", "url": "https://example.org/8", "categories": ["ورزشی"], "published": "دیروز", "doc_id": "8", "tags": [], "body": "متن."}
			""";

	@Autowired
	NewsImport newsImport;

	@Autowired
	ArticleImport articleImport;

	@Autowired
	ArticleCatalog catalog;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dir;

	@Test
	void importsEachReadableLineOnceAndReportsTheRest() throws IOException {
		Path file = Files.writeString(dir.resolve("news.jsonl"), CORPUS, StandardCharsets.UTF_8);

		NewsImport.Summary first = newsImport.importFile(file);

		assertThat(first.imported()).isEqualTo(6);
		assertThat(first.alreadyPresent()).isZero();
		assertThat(first.derivedTitles()).isEqualTo(1);
		assertThat(first.skipped()).containsOnlyKeys("malformed JSON", "unreadable published time");
		assertThat(first.skippedTotal()).isEqualTo(2);
		assertThat(first.unknownCategories()).containsExactly("نجوم");
		assertThat(first.report()).contains("imported:        6", "malformed JSON: 1", "نجوم");

		NewsImport.Summary second = newsImport.importFile(file);

		assertThat(second.imported()).isZero();
		assertThat(second.alreadyPresent()).isEqualTo(6);
		assertThat(count("SELECT COUNT(*) FROM article_article WHERE external_id LIKE 'iranian-news:%_9000_.txt'"))
			.isEqualTo(6);

		Article foreign = article("asriran_1_data_90001.txt");
		assertThat(foreign.section().slug()).isEqualTo("international");
		assertThat(foreign.title()).isEqualTo("نشست وزیران خارجه منطقه در پایتخت برگزار شد");
		// the first sentence is short, so the lead takes the second too; the body keeps
		// the rest
		assertThat(foreign.lead()).isEqualTo(
				"وزیران خارجه پنج کشور امروز در پایتخت دیدار کردند. موضوع اصلی این نشست همکاری‌های اقتصادی و حمل‌ونقل بود.");
		assertThat(foreign.bodyHtml()).startsWith("<p>قرار است نشست بعدی سال آینده برگزار شود.</p>")
			.doesNotContain("وزیران خارجه پنج کشور");
		assertThat(foreign.source().outlet()).isEqualTo("عصر ایران");
		assertThat(foreign.tags()).containsExactly("نشست منطقه‌ای", "وزیران خارجه");
		// Tehran is UTC+3:30 in January
		assertThat(foreign.publishedAt()).isEqualTo(Instant.parse("2020-01-07T12:02:00Z"));
		assertThat(foreign.status().isPublic()).isTrue();

		Article untitled = article("sobhane2_90003.txt");
		assertThat(untitled.title()).isEqualTo("قیمت میوه در بازار امروز ثابت ماند.");
		assertThat(untitled.source().outlet()).isEqualTo("صبحانه");
		assertThat(untitled.section().slug()).isEqualTo("general");

		Article arabicYeh = article("tabnak_data_90004.txt");
		assertThat(arabicYeh.section().slug()).isEqualTo("international");
		assertThat(arabicYeh.tags()).containsExactly("دیپلماسی");
		// one sentence: lead and body both have it
		assertThat(arabicYeh.bodyHtml()).contains("دو وزیر تلفنی گفت‌وگو کردند.");
		// Tehran kept daylight saving time in 2020: UTC+4:30 in June
		assertThat(arabicYeh.publishedAt()).isEqualTo(Instant.parse("2020-06-20T16:40:00Z"));

		assertThat(article("asriran_2_data_90005.txt").section().slug()).isEqualTo("society");
		assertThat(article("roozno_data_90006.txt").section().slug()).isEqualTo("general");
		assertThat(article("roozno_data_90006.txt").source().outlet()).isEqualTo("روزنو");
		assertThat(article("mashregh_90007.txt").section().slug()).isEqualTo("general");
		assertThat(article("mashregh_90007.txt").source().outlet()).isEqualTo("مشرق");
	}

	@Test
	void printsTheLineNumberOfAMalformedLine() throws IOException {
		Path file = Files.writeString(dir.resolve("bad.jsonl"), "not json at all\n{\"file\": 3\n",
				StandardCharsets.UTF_8);
		var printed = new java.io.ByteArrayOutputStream();
		var bar = ProgressBar.of(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8), false);

		NewsImport.Summary summary = newsImport.importFile(file, bar);

		assertThat(summary.skipped()).containsEntry("malformed JSON", 2);
		assertThat(printed.toString(StandardCharsets.UTF_8)).contains("line 1 skipped: malformed JSON",
				"line 2 skipped: malformed JSON", "2/2 100.0%");
	}

	@Test
	@Tag("shared-data")
	void importsTheFirstTwoHundredArticlesOfTheRealCorpus() throws IOException {
		Path corpus = Path.of(System.getProperty("khabar.shared-data", "../shared/data"), "news", "iranian-news",
				"news.jsonl");
		if (!Files.isRegularFile(corpus)) {
			String message = "the news corpus is not at " + corpus.toAbsolutePath();
			if (Boolean.getBoolean("khabar.require-shared-data")) {
				fail(message);
			}
			abort(message + "; skipped (-Dkhabar.require-shared-data=true makes this a failure)");
		}
		Path head = dir.resolve("head.jsonl");
		try (var lines = Files.lines(corpus, StandardCharsets.UTF_8)) {
			Files.write(head, lines.limit(200).toList(), StandardCharsets.UTF_8);
		}

		NewsImport.Summary summary = newsImport.importFile(head);

		assertThat(summary.imported() + summary.alreadyPresent()).isEqualTo(200);
		assertThat(summary.skipped()).isEmpty();
		assertThat(newsImport.importFile(head).alreadyPresent()).isEqualTo(200);
		assertThat(
				count("""
						SELECT COUNT(DISTINCT section_id) FROM article_article WHERE external_id LIKE 'iranian-news:asriran_1_data_%'
						"""))
			.isGreaterThanOrEqualTo(4);
		assertThat(count("""
				SELECT COUNT(*) FROM article_article WHERE external_id LIKE 'iranian-news:%'
				  AND (title LIKE '%ي%' OR title LIKE '%ك%' OR body_html LIKE '%ي%' OR lead = '' OR published_at IS NULL
				       OR source_outlet IS NULL)
				""")).isZero();
	}

	private Article article(String file) {
		long id = articleImport.findByExternalId(NewsImport.EXTERNAL_ID_PREFIX + file).orElseThrow();
		return catalog.find(id).orElseThrow();
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
