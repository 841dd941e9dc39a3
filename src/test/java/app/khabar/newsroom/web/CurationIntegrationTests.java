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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import app.khabar.account.Role;
import app.khabar.article.ArticleContent;
import app.khabar.article.ArticleImport;
import app.khabar.article.ArticleKind;
import app.khabar.article.ArticleLifecycle;
import app.khabar.article.CommentSettings;
import app.khabar.article.Media;
import app.khabar.article.Source;
import app.khabar.feed.Box;
import app.khabar.feed.Curation;

@SpringBootTest(properties = { "khabar.newsroom.scheduled-publishing=false", "khabar.demo.enabled=false" })
@AutoConfigureMockMvc
class CurationIntegrationTests {

	static final RequestPostProcessor maryam = staff("maryam", Role.EDITOR);

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

		String found = mvc.get().uri("/newsroom/curation?q=کشتی").with(maryam).exchange().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(found).contains("قهرمانی کشتی‌گیران").doesNotContain("والیبال");

		for (long id : List.of(first, second)) {
			assertThat(mvc.post().uri("/newsroom/curation/SPORTS_PICKS/add").with(maryam).with(csrf())
				.param("article", Long.toString(id))).hasStatus(303);
		}
		assertThat(curation.articleIdsOf(Box.SPORTS_PICKS)).containsExactly(first, second);
		assertThat(mvc.post().uri("/newsroom/curation/SPORTS_PICKS/up").with(maryam).with(csrf())
			.param("article", Long.toString(second))).hasStatus(303);
		assertThat(curation.articleIdsOf(Box.SPORTS_PICKS)).containsExactly(second, first);
		assertThat(mvc.post().uri("/newsroom/curation/SPORTS_PICKS/remove").with(maryam).with(csrf())
			.param("article", Long.toString(second))).hasStatus(303);
		assertThat(curation.articleIdsOf(Box.SPORTS_PICKS)).containsExactly(first);

		assertThat(mvc.post().uri("/newsroom/curation/SPORTS_PICKS/add").with(maryam).with(csrf())
			.param("article", Long.toString(draft))).hasStatus(404);
		assertThat(mvc.post().uri("/newsroom/curation/NO_SUCH_BOX/add").with(maryam).with(csrf())
			.param("article", Long.toString(first))).hasStatus(404);
		assertThat(mvc.get().uri("/newsroom/curation").with(sara)).hasStatus(403);
	}

	private long published(long section, String title) {
		long id = lifecycle.create("sara", content(section, title));
		lifecycle.publish("maryam", id, 0);
		return id;
	}

	private static ArticleContent content(long section, String title) {
		return new ArticleContent(section, ArticleKind.STORY, null, title, "", "<p>متن</p>", Source.NONE, List.of(),
				Media.NONE, CommentSettings.DEFAULT);
	}

}
