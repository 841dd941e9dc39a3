package app.khabar.feed;

import static app.khabar.feed.FeedFixtures.html;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import app.khabar.account.AccountId;
import app.khabar.account.Role;
import app.khabar.account.StaffMember;
import app.khabar.article.ArticleCatalog;
import app.khabar.article.AuthorDirectory;
import app.khabar.article.AuthorProfile;
import app.khabar.article.Byline;
import app.khabar.article.Media;
import app.khabar.article.ProfileChange;
import app.khabar.support.MutableClock;

/**
 * An author's new name reaches whoever revalidates: the article page, the section's feeds
 * and the API's article answer (its lists show no names) get a new ETag: a client or
 * nginx holding the old one gets the new bytes, not a 304. The clock stands still, so no
 * half-minute tick moves the versions instead.
 */
@SpringBootTest(properties = { "khabar.newsroom.scheduled-publishing=false", "khabar.article.views-flush=1h" })
@AutoConfigureMockMvc
@Import({ FeedFixtures.class, MutableClock.Config.class })
class AuthorRenameIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	FeedFixtures fixtures;

	@Autowired
	ArticleCatalog catalog;

	@Autowired
	AuthorDirectory authors;

	@Test
	void aNewNameGivesTheArticlePageTheFeedsAndTheApiNewEtags() {
		String section = fixtures.section("rename");
		var member = new StaffMember(new AccountId(7), "rename" + section, "مینا کریمی", Set.of(Role.REPORTER));
		AuthorProfile mina = authors.ensureStaff(member);
		long id = fixtures.published(section, "گزارش پل تازه", List.of("شهر"), Media.NONE,
				new Byline(List.of(mina.byline()), null), Duration.ofMinutes(10));
		List<String> urls = List.of(catalog.find(id).orElseThrow().path(), "/rss/" + section, "/atom/" + section,
				"/rss", "/api/v1/articles/" + id);
		List<String> before = urls.stream().map(url -> {
			MvcTestResult result = get(url, null);
			assertThat(html(result)).as(url).contains("مینا کریمی");
			return result.getResponse().getHeader(HttpHeaders.ETAG);
		}).toList();
		for (int i = 0; i < urls.size(); i++) {
			assertThat(get(urls.get(i), before.get(i))).as("unchanged " + urls.get(i)).hasStatus(304);
		}

		authors.updateOwn(member, new ProfileChange(mina.version(), "مینا کریمی‌نژاد", mina.bio(), null));

		for (int i = 0; i < urls.size(); i++) {
			MvcTestResult result = get(urls.get(i), before.get(i));
			assertThat(result).as(urls.get(i)).hasStatusOk();
			assertThat(result.getResponse().getHeader(HttpHeaders.ETAG)).as(urls.get(i)).isNotEqualTo(before.get(i));
			assertThat(html(result)).as(urls.get(i)).contains("مینا کریمی‌نژاد");
		}
	}

	private MvcTestResult get(String url, String etag) {
		var request = mvc.get().uri(URI.create(url));
		return etag == null ? request.exchange() : request.header(HttpHeaders.IF_NONE_MATCH, etag).exchange();
	}

}
