package app.khabar.feed;

import static app.khabar.feed.FeedFixtures.html;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
import app.khabar.media.MediaLibrary;
import app.khabar.media.TestImages;
import app.khabar.support.MutableClock;

/**
 * The RSS 2.0 and Atom feeds of the site and of a section, read with an XML parser: what
 * each item carries, the limit on items, the ETag and 304, a correction moving an item's
 * update time, a retraction taking it out, and the feed links in the pages' heads.
 */
@SpringBootTest(properties = { "khabar.newsroom.scheduled-publishing=false", "khabar.article.views-flush=1h" })
@AutoConfigureMockMvc
@Import({ FeedFixtures.class, MutableClock.Config.class })
class SyndicationIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	FeedFixtures fixtures;

	@Autowired
	MediaLibrary library;

	@Autowired
	ArticleLifecycle lifecycle;

	@Autowired
	ArticleCatalog catalog;

	@Autowired
	AuthorDirectory authors;

	@Test
	void aSectionsRssFeedCarriesItsNewestArticlesWithLeadBodyCategoriesAndImage() {
		String section = fixtures.section("rss");
		byte[] photo = TestImages.jpeg(1200, 800);
		var image = library.storeImage("maryam", new ByteArrayInputStream(photo), photo.length);
		long older = fixtures.published(section, "خبر پیشین خوراک", Duration.ofHours(2));
		AuthorProfile sara = authors.ensureImported("sara" + section, "سارا احمدی");
		long newer = fixtures.published(section, "نشست وزیران انرژی", List.of("انرژی", "همکاری‌ها"),
				new Media(Media.Type.IMAGE, image.ref(), "نشست وزیران در تهران"),
				new Byline(List.of(sara.byline()), null), Duration.ofMinutes(5));
		fixtures.draft(section, "پیش‌نویسی که در خوراک نمی‌آید");

		MvcTestResult result = mvc.get().uri("/rss/" + section).exchange();

		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentType()).isEqualTo("application/rss+xml;charset=UTF-8");
		Document rss = Xml.parse(result.getResponse().getContentAsByteArray());
		assertThat(rss.getDocumentElement().getLocalName()).isEqualTo("rss");
		assertThat(rss.getDocumentElement().getAttribute("version")).isEqualTo("2.0");
		Element channel = Xml.all(rss, "", "channel").getFirst();
		assertThat(Xml.text(channel, "", "language")).isEqualTo("fa");
		assertThat(Xml.text(channel, "", "title")).contains("سرویس " + section);
		assertThat(Xml.text(channel, "", "link")).matches("https?://[^/]+/service/" + section);
		List<Element> items = Xml.all(channel, "", "item");
		assertThat(items).hasSize(2);
		assertThat(items.toString()).doesNotContain("پیش‌نویسی");
		Element item = items.getFirst();
		assertThat(Xml.text(item, "", "title")).isEqualTo("نشست وزیران انرژی");
		assertThat(Xml.text(item, "", "link")).matches("https?://[^/]+/news/" + newer + "/.+");
		assertThat(Xml.text(item, "", "guid")).isEqualTo(Xml.text(item, "", "link"));
		assertThat(Xml.text(item, "", "description")).isEqualTo("لید نشست وزیران انرژی");
		assertThat(Xml.text(item, Xml.RSS_CONTENT, "encoded")).isEqualTo("<p>متن کامل نشست وزیران انرژی</p>");
		assertThat(Xml.text(item, "", "pubDate")).isNotBlank();
		assertThat(Xml.all(item, "", "category").stream().map(Element::getTextContent))
			.containsExactly("سرویس " + section, "انرژی", "همکاری‌ها");
		assertThat(Xml.text(item, Xml.DC, "creator")).isEqualTo("سارا احمدی");
		Element media = Xml.all(item, Xml.MEDIA_RSS, "content").getFirst();
		assertThat(media.getAttribute("url")).matches("https?://[^/]+" + image.ref());
		assertThat(media.getAttribute("medium")).isEqualTo("image");
		assertThat(media.getAttribute("width")).isEqualTo("1200");
		assertThat(media.getAttribute("height")).isEqualTo("800");
		assertThat(Xml.text(media, Xml.MEDIA_RSS, "description")).isEqualTo("نشست وزیران در تهران");
		assertThat(Xml.text(items.get(1), "", "link")).contains("/news/" + older + "/");

		String site = html(mvc.get().uri("/rss").exchange());
		assertThat(site).contains("/news/" + newer + "/");
	}

	@Test
	void theAtomFeedIsPersianWithSummaryContentAndUpdatedTimes() {
		String section = fixtures.section("atom");
		long id = fixtures.published(section, "خبر خوراک اتم", List.of("اقتصاد"), Media.NONE,
				Byline.text("گروه اقتصادی"), Duration.ofMinutes(3));

		MvcTestResult result = mvc.get().uri("/atom/" + section).exchange();

		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentType()).isEqualTo("application/atom+xml;charset=UTF-8");
		Document atom = Xml.parse(result.getResponse().getContentAsByteArray());
		Element feed = atom.getDocumentElement();
		assertThat(feed.getNamespaceURI()).isEqualTo(Xml.ATOM);
		assertThat(feed.getLocalName()).isEqualTo("feed");
		assertThat(feed.getAttributeNS(Xml.XML_NS, "lang")).isEqualTo("fa");
		assertThat(feed.getAttributeNS(Xml.XML_NS, "base")).matches("https?://[^/]+/");
		assertThat(Xml.all(feed, Xml.ATOM, "link").stream().map(link -> link.getAttribute("rel"))).contains("alternate",
				"self");
		List<Element> entries = Xml.all(feed, Xml.ATOM, "entry");
		assertThat(entries).hasSize(1);
		Element entry = entries.getFirst();
		assertThat(Xml.text(entry, Xml.ATOM, "title")).isEqualTo("خبر خوراک اتم");
		assertThat(Xml.text(entry, Xml.ATOM, "summary")).isEqualTo("لید خبر خوراک اتم");
		Element content = Xml.all(entry, Xml.ATOM, "content").getFirst();
		assertThat(content.getAttribute("type")).isEqualTo("html");
		assertThat(content.getTextContent()).isEqualTo("<p>متن کامل خبر خوراک اتم</p>");
		assertThat(Xml.text(entry, Xml.ATOM, "id")).contains("/news/" + id + "/");
		assertThat(Xml.text(entry, Xml.ATOM, "published")).isNotBlank();
		assertThat(Xml.text(entry, Xml.ATOM, "updated")).isNotBlank();
		assertThat(Xml.all(entry, Xml.ATOM, "category").stream().map(c -> c.getAttribute("term")))
			.containsExactly("سرویس " + section, "اقتصاد");
		assertThat(Xml.text(Xml.all(entry, Xml.ATOM, "author").getFirst(), Xml.ATOM, "name")).isEqualTo("گروه اقتصادی");
	}

	@Test
	void aCorrectionMovesTheItemsUpdatedTimeAndARetractionTakesItOut() {
		String section = fixtures.section("fix");
		long id = fixtures.published(section, "خبری که اصلاح می‌شود", Duration.ofHours(1));
		MvcTestResult before = mvc.get().uri("/atom/" + section).exchange();
		String etag = before.getResponse().getHeader(HttpHeaders.ETAG);
		String updatedBefore = Xml.text(Xml.parse(before.getResponse().getContentAsByteArray()), Xml.ATOM, "updated");
		assertThat(mvc.get().uri("/atom/" + section).header(HttpHeaders.IF_NONE_MATCH, etag).exchange()).hasStatus(304);

		fixtures.clock.advance(Duration.ofMinutes(10));
		long version = lifecycle.correct("maryam", id, catalog.find(id).orElseThrow().version(),
				"نام وزیر در نسخهٔ نخست نادرست نوشته شده بود.");

		MvcTestResult corrected = mvc.get().uri("/atom/" + section).header(HttpHeaders.IF_NONE_MATCH, etag).exchange();
		assertThat(corrected).hasStatusOk();
		assertThat(corrected.getResponse().getHeader(HttpHeaders.ETAG)).isNotEqualTo(etag);
		Document atom = Xml.parse(corrected.getResponse().getContentAsByteArray());
		Element entry = Xml.all(atom, Xml.ATOM, "entry").getFirst();
		assertThat(Xml.text(entry, Xml.ATOM, "updated")).isNotEqualTo(updatedBefore)
			.isEqualTo(java.time.format.DateTimeFormatter.ISO_INSTANT
				.format(fixtures.clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));

		lifecycle.retract("maryam", id, version, "گزارش بر پایهٔ منبع نادرست بود.");

		for (String feed : List.of("/atom/" + section, "/rss/" + section, "/rss", "/atom")) {
			assertThat(html(mvc.get().uri(feed).exchange())).as(feed).doesNotContain("/news/" + id + "/");
		}
	}

	@Test
	void aFeedHoldsAtMostThirtyItemsAndAnswersNotModifiedAndGzip() {
		String section = fixtures.section("many");
		for (int i = 1; i <= 32; i++) {
			fixtures.published(section, "خبر شمارهٔ " + i, Duration.ofMinutes(100 - i));
		}

		MvcTestResult result = mvc.get().uri("/rss/" + section).exchange();
		Document rss = Xml.parse(result.getResponse().getContentAsByteArray());
		List<Element> items = Xml.all(rss, "", "item");
		assertThat(items).hasSize(30);
		assertThat(Xml.text(items.getFirst(), "", "title")).isEqualTo("خبر شمارهٔ 32");

		String etag = result.getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(result.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("max-age");
		assertThat(mvc.get().uri("/rss/" + section).header(HttpHeaders.IF_NONE_MATCH, etag).exchange()).hasStatus(304);
		MvcTestResult gzip = mvc.get().uri("/rss/" + section).header(HttpHeaders.ACCEPT_ENCODING, "gzip").exchange();
		assertThat(gzip.getResponse().getHeader(HttpHeaders.CONTENT_ENCODING)).isEqualTo("gzip");
		assertThat(gzip.getResponse().getContentType()).isEqualTo("application/rss+xml;charset=UTF-8");
	}

	@Test
	void aTagAndAnAuthorHaveFeedsLinkedFromTheirPages() {
		String section = fixtures.section("tagfeed");
		String tag = "همکاری‌ها " + section;
		AuthorProfile reza = authors.ensureImported("reza" + section, "رضا کریمی");
		long id = fixtures.published(section, "خبر برچسب و نویسنده", List.of(tag), Media.NONE,
				new Byline(List.of(reza.byline()), null), Duration.ofMinutes(4));
		String segment = Tag.segment(tag);
		String encoded = UriUtils.encodePath(segment, StandardCharsets.UTF_8);

		Document rss = Xml.parse(mvc.get()
			.uri(java.net.URI.create("/rss/tag/" + encoded))
			.exchange()
			.getResponse()
			.getContentAsByteArray());
		List<Element> items = Xml.all(rss, "", "item");
		assertThat(items).hasSize(1);
		assertThat(Xml.text(items.getFirst(), "", "link")).contains("/news/" + id + "/");
		assertThat(Xml.text(rss, "", "link")).endsWith("/tag/" + encoded);
		MvcTestResult otherSpelling = mvc.get()
			.uri(java.net.URI
				.create("/atom/tag/" + UriUtils.encodePath(segment.replace("\u200C", ""), StandardCharsets.UTF_8)))
			.exchange();
		assertThat(otherSpelling).hasStatus(301);
		assertThat(otherSpelling.getResponse().getHeader(HttpHeaders.LOCATION)).isEqualTo("/atom/tag/" + encoded);

		Document atom = Xml
			.parse(mvc.get().uri("/atom/author/" + reza.handle()).exchange().getResponse().getContentAsByteArray());
		Element entry = Xml.all(atom, Xml.ATOM, "entry").getFirst();
		Element author = Xml.all(entry, Xml.ATOM, "author").getFirst();
		assertThat(Xml.text(author, Xml.ATOM, "name")).isEqualTo("رضا کریمی");
		assertThat(Xml.text(author, Xml.ATOM, "uri")).matches("https?://[^/]+/author/" + reza.handle());

		assertThat(html(mvc.get().uri(java.net.URI.create("/tag/" + encoded)).exchange()))
			.contains("type=\"application/rss+xml\"", "/rss/tag/" + segment + "\">");
		assertThat(html(mvc.get().uri("/author/" + reza.handle()).exchange()))
			.contains("/rss/author/" + reza.handle() + "\">", "/atom/author/" + reza.handle() + "\">");
		for (String missing : List.of("/rss/tag/no-such-tag-anywhere", "/atom/author/no-such-author")) {
			assertThat(mvc.get().uri(missing).exchange()).as(missing).hasStatus(404);
		}
	}

	@Test
	void anUnknownSectionsFeedIsThePersianNotFoundPage() {
		for (String feed : List.of("/rss/no-such-section", "/atom/no-such-section")) {
			MvcTestResult missing = mvc.get().uri(feed).exchange();
			assertThat(missing).as(feed).hasStatus(404);
			assertThat(html(missing)).contains("lang=\"fa\"");
		}
	}

	@Test
	void pagesLinkTheirFeedsInTheHead() {
		String section = fixtures.section("head");
		long id = fixtures.published(section, "خبری با پیوند خوراک", Duration.ofMinutes(1));

		String home = html(mvc.get().uri("/").exchange());
		assertThat(home).containsPattern(
				"<link rel=\"alternate\" type=\"application/rss\\+xml\" title=\"خبر\" href=\"https?://[^\"]+/rss\">")
			.containsPattern(
					"<link rel=\"alternate\" type=\"application/atom\\+xml\" title=\"خبر\" href=\"https?://[^\"]+/atom\">");
		for (String page : List.of("/service/" + section, catalog.find(id).orElseThrow().path())) {
			String html = html(mvc.get().uri(java.net.URI.create(page)).exchange());
			assertThat(html).as(page)
				.containsPattern("<link rel=\"alternate\" type=\"application/rss\\+xml\" title=\"سرویس " + section
						+ "\" href=\"https?://[^\"]+/rss/" + section + "\">")
				.containsPattern("type=\"application/atom\\+xml\" title=\"سرویس " + section
						+ "\" href=\"https?://[^\"]+/atom/" + section + "\">");
		}
	}

}
