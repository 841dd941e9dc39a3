package app.khabar.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.khabar.article.Article;
import app.khabar.article.ArticleKind;
import app.khabar.article.ArticleStatus;
import app.khabar.article.Byline;
import app.khabar.article.CommentSettings;
import app.khabar.article.Media;
import app.khabar.article.Section;
import app.khabar.article.Source;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * {@link RelatedArticles} keeps its answer per article version and index generation: a
 * render runs MoreLikeThis once per article until the article or the index's documents
 * change, and a change is seen at once; a commit that only records the feed position
 * keeps the answer.
 */
class RelatedArticlesTests {

	static final Instant PUBLISHED = Instant.parse("2024-03-01T08:00:00Z");

	static final Section ECONOMY = new Section(1, "economy", "اقتصاد", 1);

	@TempDir
	Path folder;

	ArticleIndex index;

	RelatedArticles related;

	SimpleMeterRegistry meters = new SimpleMeterRegistry();

	long position;

	@BeforeEach
	void openIndex() {
		index = new ArticleIndex(new SearchSettings(folder.resolve("search"), Duration.ofSeconds(1),
				Duration.ofSeconds(30), false, new SearchSettings.ResultCache(false, 0)));
		related = new RelatedArticles(index);
		related.bindTo(meters);
		List<Article> articles = new ArrayList<>();
		articles
			.add(article(1, 1, "نرخ دلار در بازار ارز تهران بالا رفت", "بازار ارز امروز با افزایش نرخ دلار همراه بود"));
		articles.add(article(2, 1, "بازار ارز و نرخ دلار در هفته گذشته", "نرخ دلار در بازار ارز نوسان داشت"));
		articles.add(article(3, 1, "بانک مرکزی درباره نرخ دلار سخن گفت", "بانک مرکزی از بازار ارز گزارش داد"));
		String[] others = { "تیم ملی فوتبال در جام آسیا پیروز شد", "باران و برف در استان‌های شمالی",
				"نمایشگاه کتاب تهران گشایش یافت", "زمین‌لرزه در جنوب کشور خسارت نداشت", "جشنواره فیلم فجر برگزار شد",
				"مسابقه کشتی آزاد در مشهد", "طرح کاشت درخت در پارک‌های شهر" };
		for (int i = 0; i < others.length; i++) {
			articles.add(article(10 + i, 1, others[i], others[i] + " و مردم استقبال کردند"));
		}
		add(articles.toArray(Article[]::new));
	}

	@AfterEach
	void closeIndex() throws Exception {
		index.destroy();
	}

	@Test
	void theAnswerIsWorkedOutOnceAndKeptWhileTheIndexKeepsItsDocuments() {
		Article currency = article(1, 1, "نرخ دلار در بازار ارز تهران بالا رفت",
				"بازار ارز امروز با افزایش نرخ دلار همراه بود");
		List<Long> first = related.of(currency, List.of(), 4);
		assertThat(first).contains(2L, 3L).doesNotContain(1L);

		long generation = index.generation();
		index.commit(++position);
		assertThat(index.generation()).as("a commit of the position alone").isEqualTo(generation);

		assertThat(related.of(currency, List.of(), 4)).isEqualTo(first);
		assertThat(gets("hit")).isEqualTo(1);
		assertThat(gets("miss")).isEqualTo(1);
	}

	@Test
	void anArticleAddedToTheIndexIsRelatedAtOnce() {
		Article currency = article(1, 1, "نرخ دلار در بازار ارز تهران بالا رفت",
				"بازار ارز امروز با افزایش نرخ دلار همراه بود");
		assertThat(related.of(currency, List.of(), 4)).doesNotContain(4L);

		long generation = index.generation();
		add(article(4, 1, "نرخ دلار و بازار ارز پس از تعطیلات", "بازار ارز و نرخ دلار دوباره بالا رفت"));

		assertThat(index.generation()).isGreaterThan(generation);
		assertThat(related.of(currency, List.of(), 4)).contains(4L);
	}

	@Test
	void anArticleRemovedFromTheIndexIsNoLongerRelated() {
		Article currency = article(1, 1, "نرخ دلار در بازار ارز تهران بالا رفت",
				"بازار ارز امروز با افزایش نرخ دلار همراه بود");
		assertThat(related.of(currency, List.of(), 4)).contains(3L);

		index.update(List.of(), List.of(3L));
		index.commit(++position);

		assertThat(related.of(currency, List.of(), 4)).doesNotContain(3L).contains(2L);
	}

	@Test
	void aNewVersionOfTheArticleAndOtherExclusionsAreWorkedOutAgain() {
		Article currency = article(1, 1, "نرخ دلار در بازار ارز تهران بالا رفت",
				"بازار ارز امروز با افزایش نرخ دلار همراه بود");
		assertThat(related.of(currency, List.of(), 4)).contains(2L);

		assertThat(related.of(currency, List.of(2L), 4)).as("what the page's boxes show already")
			.doesNotContain(2L)
			.contains(3L);
		Article aboutFootball = article(1, 2, "تیم ملی فوتبال در جام آسیا", "فوتبال و جام آسیا");
		assertThat(related.of(aboutFootball, List.of(), 4)).doesNotContain(2L, 3L);
		assertThat(gets("hit")).isZero();
		assertThat(gets("miss")).isEqualTo(3);
	}

	private double gets(String result) {
		return meters.get("cache.gets").tag("cache", "search.related").tag("result", result).functionCounter().count();
	}

	private void add(Article... articles) {
		index.update(List.of(articles).stream().map(IndexedArticle::of).toList(), List.of());
		index.commit(++position);
	}

	static Article article(long id, long version, String title, String lead) {
		Instant at = PUBLISHED.plusSeconds(id);
		return new Article(id, version, ECONOMY, ArticleKind.STORY, null, title, lead, "<p>" + lead + "</p>",
				"news-" + id, Source.NONE, Byline.NONE, List.of(), Media.NONE, ArticleStatus.PUBLISHED,
				CommentSettings.DEFAULT, at, at, at);
	}

}
