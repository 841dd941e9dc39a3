package app.khabar.feed;

import static app.khabar.feed.FeedFixtures.html;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.UriUtils;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import app.khabar.article.ArticleCatalog;
import app.khabar.article.ArticleLifecycle;
import app.khabar.article.AuthorDirectory;
import app.khabar.article.AuthorProfile;
import app.khabar.article.Byline;
import app.khabar.article.Media;
import app.khabar.article.Tag;
import app.khabar.support.MutableClock;
import app.khabar.web.JsonLd;

/**
 * The sitemap index, a month's sitemap, the sections' sitemap, the Google News sitemap
 * and robots.txt, read with a namespace-aware XML parser: what each lists, that
 * unpublished and retracted articles are never listed, ETag and 304, and unknown sitemaps
 * as the Persian 404.
 */
@SpringBootTest(properties = { "khabar.newsroom.scheduled-publishing=false", "khabar.article.views-flush=1h" })
@AutoConfigureMockMvc
@Import({ FeedFixtures.class, MutableClock.Config.class })
class SitemapIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	FeedFixtures fixtures;

	@Autowired
	ArticleLifecycle lifecycle;

	@Autowired
	ArticleCatalog catalog;

	@Autowired
	AuthorDirectory authors;

	@Test
	void theIndexListsTheSectionsAndEachMonthWithItsLastChange() {
		String section = fixtures.section("map");
		long id = fixtures.published(section, "خبر نقشهٔ سایت", Duration.ofMinutes(1));
		YearMonth month = YearMonth.from(fixtures.clock.instant().minus(Duration.ofMinutes(1)).atZone(JsonLd.ZONE));

		MvcTestResult result = mvc.get().uri("/sitemap.xml").exchange();

		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentType()).isEqualTo("application/xml;charset=UTF-8");
		Document index = Xml.parse(result.getResponse().getContentAsByteArray());
		assertThat(index.getDocumentElement().getNamespaceURI()).isEqualTo(Sitemaps.SITEMAP_NS);
		assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
		List<Element> sitemaps = Xml.all(index, Sitemaps.SITEMAP_NS, "sitemap");
		List<String> locations = sitemaps.stream().map(s -> Xml.text(s, Sitemaps.SITEMAP_NS, "loc")).toList();
		for (String listing : List.of("sections", "tags", "authors")) {
			assertThat(locations).anyMatch(loc -> loc.matches("https?://[^/]+/sitemaps/" + listing + "\\.xml"));
		}
		assertThat(locations)
			.allMatch(loc -> loc.matches("https?://[^/]+/sitemaps/(sections|tags|authors|[0-9]{4}-[0-9]{2})\\.xml"));
		Element thisMonth = sitemaps.stream()
			.filter(s -> Xml.text(s, Sitemaps.SITEMAP_NS, "loc").endsWith(Sitemaps.monthPath(month)))
			.findFirst()
			.orElseThrow();
		assertThat(Xml.text(thisMonth, Sitemaps.SITEMAP_NS, "lastmod")).endsWith("+03:30");

		MvcTestResult monthly = mvc.get().uri(Sitemaps.monthPath(month)).exchange();
		assertThat(monthly).hasStatusOk();
		Document urls = Xml.parse(monthly.getResponse().getContentAsByteArray());
		assertThat(urls.getDocumentElement().getLocalName()).isEqualTo("urlset");
		assertThat(urls.getDocumentElement().getNamespaceURI()).isEqualTo(Sitemaps.SITEMAP_NS);
		Element url = Xml.all(urls, Sitemaps.SITEMAP_NS, "url")
			.stream()
			.filter(u -> Xml.text(u, Sitemaps.SITEMAP_NS, "loc").contains("/news/" + id + "/"))
			.findFirst()
			.orElseThrow();
		assertThat(Xml.text(url, Sitemaps.SITEMAP_NS, "lastmod"))
			.isEqualTo(JsonLd.dateTime(catalog.find(id).orElseThrow().updatedAt()));

		Document sections = Xml
			.parse(mvc.get().uri("/sitemaps/sections.xml").exchange().getResponse().getContentAsByteArray());
		assertThat(Xml.all(sections, Sitemaps.SITEMAP_NS, "loc").stream().map(Element::getTextContent))
			.anyMatch(loc -> loc.endsWith("/service/" + section))
			.anyMatch(loc -> loc.matches("https?://[^/]+/"));
	}

	@Test
	void tagsAndAuthorsHaveSitemapsOfTheirPages() {
		String section = fixtures.section("tagmap");
		String tag = "رقابت‌های " + section;
		AuthorProfile author = authors.ensureImported("neda" + section, "ندا صالحی");
		fixtures.published(section, "خبر نقشهٔ برچسب", List.of(tag), Media.NONE,
				new Byline(List.of(author.byline()), null), Duration.ofMinutes(3));

		Document tags = Xml.parse(mvc.get().uri("/sitemaps/tags.xml").exchange().getResponse().getContentAsByteArray());
		assertThat(tags.getDocumentElement().getNamespaceURI()).isEqualTo(Sitemaps.SITEMAP_NS);
		Element url = Xml.all(tags, Sitemaps.SITEMAP_NS, "url")
			.stream()
			.filter(u -> Xml.text(u, Sitemaps.SITEMAP_NS, "loc")
				.endsWith("/tag/" + UriUtils.encodePath(Tag.segment(tag), StandardCharsets.UTF_8)))
			.findFirst()
			.orElseThrow();
		assertThat(Xml.text(url, Sitemaps.SITEMAP_NS, "lastmod"))
			.isEqualTo(JsonLd.dateTime(fixtures.clock.instant().minus(Duration.ofMinutes(3))));

		Document people = Xml
			.parse(mvc.get().uri("/sitemaps/authors.xml").exchange().getResponse().getContentAsByteArray());
		assertThat(Xml.all(people, Sitemaps.SITEMAP_NS, "loc").stream().map(Element::getTextContent))
			.anyMatch(loc -> loc.matches("https?://[^/]+/author/" + author.handle()));
	}

	@Test
	void theNewsSitemapHasTheLastTwoDaysInGoogleNewsFormat() {
		String section = fixtures.section("news");
		long fresh = fixtures.published(section, "خبر تازهٔ نقشهٔ خبری", Duration.ofHours(3));
		long old = fixtures.published(section, "خبر سه روز پیش", Duration.ofDays(3));

		MvcTestResult result = mvc.get().uri("/news-sitemap.xml").exchange();

		assertThat(result).hasStatusOk();
		Document news = Xml.parse(result.getResponse().getContentAsByteArray());
		assertThat(news.getDocumentElement().getNamespaceURI()).isEqualTo(Sitemaps.SITEMAP_NS);
		List<Element> urls = Xml.all(news, Sitemaps.SITEMAP_NS, "url");
		assertThat(urls).hasSizeLessThanOrEqualTo(Sitemaps.MAX_NEWS);
		assertThat(urls.toString()).isNotEmpty();
		Element url = urls.stream()
			.filter(u -> Xml.text(u, Sitemaps.SITEMAP_NS, "loc").contains("/news/" + fresh + "/"))
			.findFirst()
			.orElseThrow();
		Element publication = Xml.all(url, Sitemaps.NEWS_NS, "publication").getFirst();
		assertThat(Xml.text(publication, Sitemaps.NEWS_NS, "name")).isEqualTo("خبر");
		assertThat(Xml.text(publication, Sitemaps.NEWS_NS, "language")).isEqualTo("fa");
		assertThat(Xml.text(url, Sitemaps.NEWS_NS, "publication_date"))
			.isEqualTo(JsonLd.dateTime(fixtures.clock.instant().minus(Duration.ofHours(3))));
		assertThat(Xml.text(url, Sitemaps.NEWS_NS, "title")).isEqualTo("خبر تازهٔ نقشهٔ خبری");
		assertThat(html(result)).doesNotContain("/news/" + old + "/");
	}

	@Test
	void retractedAndUnpublishedArticlesAreNeverListed() {
		String section = fixtures.section("gone");
		long id = fixtures.published(section, "خبری که پس گرفته می‌شود", Duration.ofMinutes(2));
		long draft = fixtures.draft(section, "پیش‌نویس نقشه");
		YearMonth month = YearMonth.from(fixtures.clock.instant().minus(Duration.ofMinutes(2)).atZone(JsonLd.ZONE));
		assertThat(html(mvc.get().uri("/news-sitemap.xml").exchange())).contains("/news/" + id + "/");
		String etag = mvc.get().uri("/news-sitemap.xml").exchange().getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(mvc.get().uri("/news-sitemap.xml").header(HttpHeaders.IF_NONE_MATCH, etag).exchange())
			.hasStatus(304);

		lifecycle.retract("maryam", id, catalog.find(id).orElseThrow().version(), "خبر نادرست بود.");

		MvcTestResult after = mvc.get().uri("/news-sitemap.xml").header(HttpHeaders.IF_NONE_MATCH, etag).exchange();
		assertThat(after).hasStatusOk();
		for (String sitemap : List.of("/news-sitemap.xml", Sitemaps.monthPath(month))) {
			String xml = html(mvc.get().uri(sitemap).exchange());
			assertThat(xml).as(sitemap).doesNotContain("/news/" + id + "/", "/news/" + draft + "/");
		}
	}

	@Test
	void robotsNamesBothSitemapsAndClosesTheStaffPaths() {
		MvcTestResult robots = mvc.get().uri("/robots.txt").exchange();

		assertThat(robots).hasStatusOk();
		assertThat(robots.getResponse().getContentType()).isEqualTo("text/plain;charset=UTF-8");
		assertThat(html(robots))
			.contains("User-agent: *", "Disallow: /newsroom/", "Disallow: /moderation/", "Disallow: /admin/",
					"Disallow: /login")
			.containsPattern("(?m)^Sitemap: https?://[^/]+/sitemap\\.xml$")
			.containsPattern("(?m)^Sitemap: https?://[^/]+/news-sitemap\\.xml$");
		String etag = robots.getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(mvc.get().uri("/robots.txt").header(HttpHeaders.IF_NONE_MATCH, etag).exchange()).hasStatus(304);
	}

	@Test
	void anUnknownSitemapIsThePersianNotFoundPage() {
		for (String path : List.of("/sitemaps/2026-13.xml", "/sitemaps/abc.xml", "/sitemaps/1999-01.xml",
				"/sitemaps/۱۴۰۳-۰۱.xml", "/sitemaps/99999999999999-01.xml")) {
			MvcTestResult missing = mvc.get().uri(path).exchange();
			assertThat(missing).as(path).hasStatus(404);
			assertThat(html(missing)).as(path).contains("این نقشهٔ سایت وجود ندارد");
		}
	}

}
