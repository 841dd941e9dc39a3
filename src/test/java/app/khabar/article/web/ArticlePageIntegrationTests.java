package app.khabar.article.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import app.khabar.article.ArticleImport;
import app.khabar.article.ArticleKind;
import app.khabar.article.ArticleStatus;
import app.khabar.article.Byline;
import app.khabar.article.CommentSettings;
import app.khabar.article.Media;
import app.khabar.article.NewArticle;
import app.khabar.article.Source;
import app.khabar.comment.CommentImport;
import app.khabar.comment.CommentStatus;
import app.khabar.feed.Box;
import app.khabar.feed.Curation;

@SpringBootTest
@AutoConfigureMockMvc
class ArticlePageIntegrationTests {

	static final Instant PUBLISHED = Instant.parse("2023-06-06T06:00:00Z");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ArticleImport articles;

	@Autowired
	CommentImport comments;

	@Autowired
	Curation curation;

	long articleId;

	String path;

	@BeforeEach
	void anArticleWithCommentsAndBoxes() {
		articles.ensureSection("international", "بین‌الملل");
		articles.ensureSection("sports", "ورزشی");
		articleId = articles.store(new NewArticle("international", ArticleKind.STORY, "گزارش ویژه",
				"دیدار هیئت‌ها در قاهره چه گذشت؟", "دو طرف در بیانیه‌ای از نتیجهٔ گفت‌وگوها خبر دادند.",
				"<p>متن نخست خبر.</p><script>alert(1)</script><p onclick=\"x()\">بند دوم.</p>",
				new Source("خبر", "خبرگزاری شهر"), Byline.NONE, List.of("دیپلماسی", "قاهره"), Media.NONE,
				ArticleStatus.PUBLISHED, CommentSettings.DEFAULT, PUBLISHED, "test:" + System.nanoTime()));
		long sportsId = articles.store(new NewArticle("sports", ArticleKind.STORY, null,
				"پیروزی تیم ملی در دیدار دوستانه", "تیم ملی با دو گل برد.", "<p>گزارش بازی.</p>",
				new Source("خبر", null), Byline.NONE, List.of(), Media.NONE, ArticleStatus.PUBLISHED,
				CommentSettings.DEFAULT, PUBLISHED, "test:" + System.nanoTime()));
		long root = comments.store(articleId, null, "مریم", "تحلیل خوبی بود.", "IR", CommentStatus.PUBLISHED,
				PUBLISHED.plus(1, ChronoUnit.HOURS), 3, 1);
		comments.store(articleId, root, null, "موافقم با شما.", "DE", CommentStatus.PUBLISHED,
				PUBLISHED.plus(2, ChronoUnit.HOURS), 0, 0);
		comments.store(articleId, null, "علی", "در انتظار بررسی", "IR", CommentStatus.PENDING, PUBLISHED, 0, 0);
		comments.store(articleId, null, "تبلیغ", "خرید ارزان", null, CommentStatus.REJECTED, PUBLISHED, 0, 0);
		curation.replace(Box.SPORTS_PICKS, List.of(sportsId));
		path = mvc.get().uri("/news/" + articleId).exchange().getResponse().getHeader(HttpHeaders.LOCATION);
	}

	@Test
	void showsEveryPartOfTheReferencePageInOrder() throws Exception {
		var result = mvc.get().uri(java.net.URI.create(path)).exchange();
		assertThat(result).hasStatusOk();
		String html = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(html).contains("dir=\"rtl\"", "lang=\"fa\"")
			.contains("دیدار هیئت‌ها در قاهره چه گذشت؟")
			.contains("به گزارش خبر به نقل از خبرگزاری شهر")
			.contains("انتشار یافته: <strong>۲</strong>", "در انتظار بررسی: <strong>۱</strong>",
					"غیر قابل انتشار: <strong>۱</strong>")
			.contains("۰۹:۳۰ - ۱۴۰۲/۰۳/۱۶") // article time, Tehran
			.contains("ایران", "آلمان", "ناشناس", "موافقم</span> <span class=\"vote-count\">")
			.contains("پیروزی تیم ملی در دیدار دوستانه")
			.doesNotContain("<script>alert", "onclick", "در انتظار بررسی</p>", "خرید ارزان");
		assertThat(html.indexOf("article-title")).isLessThan(html.indexOf("article-lead"));
		assertThat(html.indexOf("article-lead")).isLessThan(html.indexOf("article-source"));
		assertThat(html.indexOf("article-source")).isLessThan(html.indexOf("article-body"));
		assertThat(html.indexOf("article-body")).isLessThan(html.indexOf("comment-form"));
		assertThat(html.indexOf("comment-form")).isLessThan(html.indexOf("counters"));
		assertThat(html.indexOf("counters")).isLessThan(html.indexOf("box-dont_miss"));
		assertThat(html.indexOf("box-dont_miss")).isLessThan(html.indexOf("box-featured_video"));
		assertThat(html.indexOf("box-featured_video")).isLessThan(html.indexOf("box-sports_picks"));
		assertThat(html.indexOf("box-sports_picks")).isLessThan(html.indexOf("box-featured_photo"));
		// the reply sits under its parent
		assertThat(html.indexOf("موافقم با شما.")).isGreaterThan(html.indexOf("comment-replies"));
	}

	@Test
	void redirectsAWrongSlugToTheCanonicalUrl() {
		assertThat(path).startsWith("/news/" + articleId + "/");
		var result = mvc.get().uri("/news/" + articleId + "/wrong-slug").exchange();
		assertThat(result).hasStatus(301).headers().hasValue(HttpHeaders.LOCATION, path);
	}

	@Test
	void answersNotModifiedWhenTheReaderHasThePage() {
		String etag = mvc.get().uri(java.net.URI.create(path)).exchange().getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(etag).isNotBlank();
		assertThat(mvc.get().uri(java.net.URI.create(path)).header(HttpHeaders.IF_NONE_MATCH, etag)).hasStatus(304);
	}

	@Test
	void aNewPublishedCommentChangesThePage() throws Exception {
		String before = mvc.get().uri(java.net.URI.create(path)).exchange().getResponse().getHeader(HttpHeaders.ETAG);
		comments.store(articleId, null, "سارا", "نظر تازه", "SE", CommentStatus.PUBLISHED, Instant.now(), 0, 0);
		var after = mvc.get().uri(java.net.URI.create(path)).exchange();
		assertThat(after.getResponse().getHeader(HttpHeaders.ETAG)).isNotEqualTo(before);
		assertThat(after.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("نظر تازه",
				"انتشار یافته: <strong>۳</strong>");
	}

	@Test
	void unknownAndMalformedIdsAreNotFound() {
		assertThat(mvc.get().uri("/news/99999999/x")).hasStatus(404);
		assertThat(mvc.get().uri("/news/abc/x")).hasStatus(404);
		assertThat(mvc.get().uri("/news/99999999999999999999999/x")).hasStatus(404);
	}

}
