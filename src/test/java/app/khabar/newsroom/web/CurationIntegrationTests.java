package app.khabar.newsroom.web;

import static app.khabar.account.StaffLogins.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import app.khabar.account.Role;
import app.khabar.article.ArticleContent;
import app.khabar.article.ArticleImport;
import app.khabar.article.ArticleKind;
import app.khabar.article.ArticleLifecycle;
import app.khabar.article.Byline;
import app.khabar.article.CommentSettings;
import app.khabar.article.Media;
import app.khabar.article.Source;
import app.khabar.feed.Box;
import app.khabar.feed.Curation;
import app.khabar.web.Notice;

@SpringBootTest(properties = { "khabar.newsroom.scheduled-publishing=false", "khabar.demo.enabled=false" })
@AutoConfigureMockMvc
class CurationIntegrationTests {

	static final RequestPostProcessor maryam = staff("maryam", Role.EDITOR);

	static final RequestPostProcessor reza = staff("reza", Role.EDITOR);

	static final RequestPostProcessor sara = staff("sara", Role.REPORTER);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ArticleImport imports;

	@Autowired
	ArticleLifecycle lifecycle;

	@Autowired
	Curation curation;

	@Test
	void editorsFindAddOrderAndRemoveTheBoxesArticles() throws Exception {
		long sports = imports.ensureSection("sports", "ورزشی").id();
		long first = published(sports, "پیروزی تیم ملی والیبال در لیگ ملت‌ها");
		long second = published(sports, "قهرمانی کشتی‌گیران در رقابت‌های آسیایی");
		long draft = lifecycle.create("sara", content(sports, "پیش‌نویس ورزشی"));

		String found = mvc.get()
			.uri("/newsroom/curation?q=کشتی")
			.with(maryam)
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(found).contains("قهرمانی کشتی‌گیران").doesNotContain("والیبال");

		for (long id : List.of(first, second)) {
			assertThat(change(maryam, "SPORTS_PICKS", "add", id, version(Box.SPORTS_PICKS))).hasStatus(303);
		}
		assertThat(curation.articleIdsOf(Box.SPORTS_PICKS)).containsExactly(first, second);
		assertThat(change(maryam, "SPORTS_PICKS", "up", second, version(Box.SPORTS_PICKS))).hasStatus(303);
		assertThat(curation.articleIdsOf(Box.SPORTS_PICKS)).containsExactly(second, first);
		assertThat(change(maryam, "SPORTS_PICKS", "remove", second, version(Box.SPORTS_PICKS))).hasStatus(303);
		assertThat(curation.articleIdsOf(Box.SPORTS_PICKS)).containsExactly(first);

		// a draft cannot go into a box: the desk again, with the refusal in Persian, as a
		// browser follows the redirect in its session (the SESSION cookie: sessions are
		// Spring Session's); the box is unchanged
		var refused = change(maryam, "SPORTS_PICKS", "add", draft, version(Box.SPORTS_PICKS));
		assertThat(refused).hasStatus(303).hasRedirectedUrl("/newsroom/curation#box-SPORTS_PICKS");
		assertThat(curation.articleIdsOf(Box.SPORTS_PICKS)).containsExactly(first);
		var session = refused.getResponse().getCookie("SESSION");
		assertThat(session).as("the refusal is kept for the next page").isNotNull();
		String desk = mvc.get()
			.uri("/newsroom/curation")
			.with(maryam)
			.cookie(session)
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(desk).contains("class=\"notice-error\"");

		assertThat(change(maryam, "NO_SUCH_BOX", "add", first, 0)).hasStatus(404);
		assertThat(change(maryam, "SPORTS_PICKS", "sideways", first, version(Box.SPORTS_PICKS))).hasStatus(404);
		assertThat(mvc.get().uri("/newsroom/curation").with(sara)).hasStatus(403);
	}

	@Test
	void twoEditorsReorderingABoxNeverLoseAChange() throws Exception {
		long world = imports.ensureSection("world", "بین‌الملل").id();
		long a = published(world, "دیدار وزیران خارجه در ژنو");
		long b = published(world, "نشست سران در پکن");
		long c = published(world, "گفت‌وگوهای هسته‌ای در وین");
		curation.replace(Box.DONT_MISS, List.of(a, b, c));
		// both editors opened the page with the box at this version
		long seen = version(Box.DONT_MISS);
		String page = html(mvc.get().uri("/newsroom/curation").with(reza).exchange());
		assertThat(page).contains("name=\"version\" value=\"" + seen + "\"");

		assertThat(change(maryam, "DONT_MISS", "up", c, seen)).hasStatus(303);
		assertThat(curation.articleIdsOf(Box.DONT_MISS)).containsExactly(a, c, b);

		// reza's move was made on the old order: refused, with a Persian message on the
		// page with the new order
		MvcTestResult refused = change(reza, "DONT_MISS", "remove", c, seen);
		assertThat(refused).hasStatus(303).redirectedUrl().isEqualTo("/newsroom/curation#box-DONT_MISS");
		assertThat(curation.articleIdsOf(Box.DONT_MISS)).containsExactly(a, c, b);
		assertThat(refused.getMvcResult().getFlashMap().get(Notice.ATTRIBUTE))
			.isEqualTo(new Notice("feed.error.box-changed", List.of(), true));
		String after = html(
				mvc.get().uri("/newsroom/curation").with(reza).cookie(refused.getResponse().getCookies()).exchange());
		assertThat(after).contains("ویراستار دیگری همین حالا این جعبه را تغییر داد",
				"name=\"version\" value=\"" + version(Box.DONT_MISS) + "\"");
		String box = after.substring(after.indexOf("id=\"box-DONT_MISS\""), after.indexOf("id=\"box-FEATURED_VIDEO\""));
		assertThat(box.indexOf("گفت‌وگوهای هسته‌ای")).isLessThan(box.indexOf("نشست سران"));

		// decided again on the page as it is now, the change is made
		assertThat(change(reza, "DONT_MISS", "remove", c, version(Box.DONT_MISS))).hasStatus(303);
		assertThat(curation.articleIdsOf(Box.DONT_MISS)).containsExactly(a, b);
	}

	private MvcTestResult change(RequestPostProcessor editor, String box, String move, long article, long version) {
		return mvc.post()
			.uri("/newsroom/curation/" + box + "/" + move)
			.with(editor)
			.with(csrf())
			.param("article", Long.toString(article))
			.param("version", Long.toString(version))
			.exchange();
	}

	private long version(Box box) {
		return curation.order(box).version();
	}

	private long published(long section, String title) {
		long id = lifecycle.create("sara", content(section, title));
		lifecycle.publish("maryam", id, 0);
		return id;
	}

	private static ArticleContent content(long section, String title) {
		return new ArticleContent(section, ArticleKind.STORY, null, title, "", "<p>متن</p>", Source.NONE, Byline.NONE,
				List.of(), Media.NONE, CommentSettings.DEFAULT);
	}

	private static String html(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

}
