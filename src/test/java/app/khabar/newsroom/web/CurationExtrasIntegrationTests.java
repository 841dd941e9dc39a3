package app.khabar.newsroom.web;

import static app.khabar.account.StaffLogins.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import app.khabar.account.Role;
import app.khabar.article.ArticleAction;
import app.khabar.article.ArticleDesk;
import app.khabar.article.ArticleImport;
import app.khabar.article.ArticleKind;
import app.khabar.article.ArticleStatus;
import app.khabar.article.ArticleViews;
import app.khabar.article.Byline;
import app.khabar.article.CommentSettings;
import app.khabar.article.Media;
import app.khabar.article.NewArticle;
import app.khabar.article.Source;
import app.khabar.comment.CommentImport;
import app.khabar.comment.CommentStatus;
import app.khabar.feed.Popular;
import app.khabar.feed.Ticker;
import app.khabar.newsroom.NewsroomError;
import app.khabar.shared.PageRequest;
import app.khabar.web.Notice;

/**
 * The breaking-news ticker (set, shown under the header, expired, cleared; caches move),
 * most-read and most-commented lists from real views and counters, and curation steps in
 * the audit log.
 */
@SpringBootTest(properties = { "khabar.newsroom.scheduled-publishing=false", "khabar.article.views-flush=1h" })
@AutoConfigureMockMvc
class CurationExtrasIntegrationTests {

	static final RequestPostProcessor maryam = staff("maryam", Role.EDITOR);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ArticleImport imports;

	@Autowired
	CommentImport comments;

	@Autowired
	ArticleViews views;

	@Autowired
	Popular popular;

	@Autowired
	Ticker ticker;

	@Autowired
	ArticleDesk desk;

	@BeforeEach
	void section() {
		imports.ensureSection("politics", "سیاسی");
	}

	@Test
	void theTickerShowsOnTheHomeAndArticlePagesAndItsChangesMoveTheCaches() {
		long id = store("خبر دیدار وزیران");
		String etag = mvc.get().uri("/").exchange().getResponse().getHeader(HttpHeaders.ETAG);

		assertThat(mvc.post()
			.uri("/newsroom/curation/ticker")
			.with(maryam)
			.with(csrf())
			.param("text", "فوری: زمین‌لرزهٔ ۵ ریشتری در کرمان")
			.param("link", "/news/" + id)
			.exchange()).hasStatus(303);

		MvcTestResult home = mvc.get().uri("/").header(HttpHeaders.IF_NONE_MATCH, etag).exchange();
		assertThat(home).hasStatusOk();
		assertThat(html(home)).contains("class=\"ticker\"", "فوری: زمین‌لرزهٔ ۵ ریشتری در کرمان",
				"href=\"/news/" + id + "\"");
		assertThat(articlePage(id)).contains("فوری: زمین‌لرزهٔ ۵ ریشتری در کرمان");

		assertThat(mvc.post().uri("/newsroom/curation/ticker/clear").with(maryam).with(csrf()).exchange())
			.hasStatus(303);
		assertThat(html(mvc.get().uri("/").exchange())).doesNotContain("زمین‌لرزه");
		assertThat(articlePage(id)).doesNotContain("زمین‌لرزه");

		var audit = desk.auditLog(PageRequest.of(1, 10)).items();
		assertThat(audit).anySatisfy(e -> assertThat(e.action()).isEqualTo(ArticleAction.TICKER));
	}

	@Test
	void anExpiredTickerIsNotShownAndHostileLinksAreRefused() {
		ticker.set("maryam", "خبر کهنه", null, Instant.now().minusSeconds(60));
		assertThat(ticker.current()).isEmpty();
		assertThat(html(mvc.get().uri("/").exchange())).doesNotContain("خبر کهنه");

		MvcTestResult refused = mvc.post()
			.uri("/newsroom/curation/ticker")
			.with(maryam)
			.with(csrf())
			.param("text", "پیوند بد")
			.param("link", "javascript:alert(1)")
			.exchange();
		assertThat(refused).as("kept on the desk, not a public error page").hasStatus(303);
		assertThat(refused.getMvcResult().getFlashMap().get(Notice.ATTRIBUTE)).as("a Persian notice on the desk")
			.isInstanceOfSatisfying(Notice.class,
					notice -> assertThat(notice.key()).isEqualTo(NewsroomError.INVALID_TICKER.messageKey()));
		MvcTestResult badDate = mvc.post()
			.uri("/newsroom/curation/ticker")
			.with(maryam)
			.with(csrf())
			.param("text", "تاریخ بد")
			.param("expires", "۱۴۰۲/۱۲/۳۰ ۱۰:۰۰")
			.exchange();
		assertThat(badDate).hasStatus(303);
		assertThat(badDate.getMvcResult().getFlashMap().get(Notice.ATTRIBUTE)).isInstanceOfSatisfying(Notice.class,
				notice -> assertThat(notice.error()).isTrue());
		assertThat(ticker.stored().map(line -> line.text()).orElse("")).as("nothing stored").isNotEqualTo("تاریخ بد");
		ticker.clear("maryam");
	}

	@Test
	void mostReadAndMostCommentedComeFromViewsAndCounters() {
		long quiet = store("خبر کم‌خواننده");
		long busy = store("خبر پرخواننده دربارهٔ همکاری‌ها");
		for (int i = 0; i < 3; i++) {
			articlePage(busy);
		}
		articlePage(quiet);
		views.flush();
		comments.store(quiet, null, "رضا", "نظر نخست دربارهٔ این خبر", "IR", CommentStatus.PUBLISHED,
				Instant.parse("2025-11-20T09:00:00Z"), 0, 0);
		comments.store(quiet, null, "نگار", "نظر دوم دربارهٔ این خبر", "IR", CommentStatus.PUBLISHED,
				Instant.parse("2025-11-20T09:05:00Z"), 0, 0);
		popular.refresh();

		assertThat(popular.mostRead()).extracting(s -> s.id()).startsWith(busy).containsSubsequence(busy, quiet);
		assertThat(popular.mostCommented()).extracting(s -> s.id()).first().isEqualTo(quiet);
		String home = html(mvc.get().uri("/").exchange());
		assertThat(home).contains("پربازدیدترین‌ها", "پربحث‌ترین‌ها");
		String mostRead = home.substring(home.indexOf("most-read-title"), home.indexOf("most-commented-title"));
		assertThat(mostRead.indexOf("خبر پرخواننده")).isLessThan(mostRead.indexOf("خبر کم‌خواننده"));
	}

	private long store(String title) {
		return imports.store(new NewArticle("politics", ArticleKind.STORY, null, title, "لید", "<p>متن</p>",
				new Source("خبر", null), Byline.NONE, List.of(), Media.NONE, ArticleStatus.PUBLISHED,
				CommentSettings.DEFAULT, Instant.now().minusSeconds(3600), null));
	}

	private String articlePage(long id) {
		String location = mvc.get().uri("/news/" + id).exchange().getResponse().getHeader(HttpHeaders.LOCATION);
		return html(mvc.get().uri(URI.create(location)).exchange());
	}

	private static String html(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

}
