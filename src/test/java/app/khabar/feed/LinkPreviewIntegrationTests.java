package app.khabar.feed;

import static app.khabar.feed.FeedFixtures.html;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import app.khabar.article.Article;
import app.khabar.article.ArticleCatalog;
import app.khabar.article.AuthorDirectory;
import app.khabar.article.AuthorProfile;
import app.khabar.article.Byline;
import app.khabar.article.Media;
import app.khabar.media.MediaLibrary;
import app.khabar.media.TestImages;
import app.khabar.support.MutableClock;
import app.khabar.web.JsonLd;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What search engines and messengers read in the head of an article page and of the home
 * page: the JSON-LD blocks (parsed as JSON, every property the issue names, text that
 * cannot break out of its script element) and the OpenGraph and Twitter tags.
 */
@SpringBootTest(properties = { "khabar.newsroom.scheduled-publishing=false", "khabar.article.views-flush=1h" })
@AutoConfigureMockMvc
@Import({ FeedFixtures.class, MutableClock.Config.class })
class LinkPreviewIntegrationTests {

	private static final Pattern JSON_LD = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>",
			Pattern.DOTALL);

	private static final String TITLE = "رقابت‌های «</script><!-- آزمون» & \"نقل‌قول\" \u2028 ادامه";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	FeedFixtures fixtures;

	@Autowired
	MediaLibrary library;

	@Autowired
	ArticleCatalog catalog;

	@Autowired
	AuthorDirectory authors;

	@Test
	void anArticlePageDescribesItselfAsANewsArticleWithBreadcrumbs() {
		String section = fixtures.section("ld");
		byte[] photo = TestImages.jpeg(2400, 1500);
		var image = library.storeImage("maryam", new ByteArrayInputStream(photo), photo.length);
		AuthorProfile maryam = authors.ensureImported("maryam" + section, "مریم رضایی");
		long id = fixtures.published(section, TITLE, List.of("انرژی", "همکاری‌ها"),
				new Media(Media.Type.IMAGE, image.ref(), "نشست وزیران در تهران"),
				new Byline(List.of(maryam.byline()), "گروه سیاسی"), Duration.ofMinutes(20));
		Article article = catalog.find(id).orElseThrow();

		String html = html(mvc.get().uri(URI.create(article.path())).exchange());

		assertThat(article.title()).contains("</script><!--", "&", "\"");
		assertThat(html).doesNotContain("</script><!--").contains("\\u003C/script\\u003E\\u003C!--");
		List<JsonNode> blocks = jsonLd(html);
		assertThat(blocks).hasSize(2);
		JsonNode news = blocks.getFirst();
		String url = news.get("url").asString();
		assertThat(url).matches("https?://[^/]+/news/" + id + "/.+");
		assertThat(news.get("@context").asString()).isEqualTo("https://schema.org");
		assertThat(news.get("@type").asString()).isEqualTo("NewsArticle");
		assertThat(news.get("headline").asString()).isEqualTo(article.title());
		assertThat(news.get("description").asString()).isEqualTo(article.lead());
		assertThat(news.get("datePublished").asString()).isEqualTo(JsonLd.dateTime(article.publishedAt()))
			.endsWith("+03:30");
		assertThat(news.get("dateModified").asString()).isEqualTo(JsonLd.dateTime(article.updatedAt()))
			.endsWith("+03:30");
		JsonNode author = news.get("author").get(0);
		assertThat(author.get("@type").asString()).isEqualTo("Person");
		assertThat(author.get("name").asString()).isEqualTo("مریم رضایی");
		assertThat(author.get("url").asString()).matches("https?://[^/]+/author/" + maryam.handle());
		JsonNode desk = news.get("author").get(1);
		assertThat(desk.get("@type").asString()).isEqualTo("Organization");
		assertThat(desk.get("name").asString()).isEqualTo("گروه سیاسی");
		JsonNode publisher = news.get("publisher");
		assertThat(publisher.get("@type").asString()).isEqualTo("Organization");
		assertThat(publisher.get("name").asString()).isEqualTo("خبر");
		assertThat(publisher.get("logo").get("url").asString()).matches("https?://[^/]+/img/logo\\.svg");
		assertThat(publisher.get("logo").get("width").asInt()).isEqualTo(600);
		assertThat(publisher.get("logo").get("height").asInt()).isEqualTo(60);
		JsonNode picture = news.get("image");
		assertThat(picture.get("url").asString()).matches("https?://[^/]+" + image.ref());
		assertThat(picture.get("width").asInt()).isEqualTo(1600);
		assertThat(picture.get("height").asInt()).isEqualTo(1000);
		assertThat(news.get("articleSection").asString()).isEqualTo("سرویس " + section);
		assertThat(news.get("keywords").valueStream().map(JsonNode::asString)).containsExactly("انرژی", "همکاری‌ها");
		assertThat(news.get("inLanguage").asString()).isEqualTo("fa");
		assertThat(news.get("isAccessibleForFree").asBoolean()).isTrue();
		assertThat(news.get("mainEntityOfPage").get("@id").asString()).isEqualTo(url);

		JsonNode breadcrumbs = blocks.get(1);
		assertThat(breadcrumbs.get("@type").asString()).isEqualTo("BreadcrumbList");
		JsonNode items = breadcrumbs.get("itemListElement");
		assertThat(items.valueStream().map(item -> item.get("position").asInt())).containsExactly(1, 2, 3);
		assertThat(items.get(0).get("item").asString()).matches("https?://[^/]+/");
		assertThat(items.get(1).get("name").asString()).isEqualTo("سرویس " + section);
		assertThat(items.get(1).get("item").asString()).endsWith("/service/" + section);
		assertThat(items.get(2).get("item").asString()).isEqualTo(url);
	}

	@Test
	void anArticlePageHasCompleteOpenGraphAndATwitterCard() {
		String section = fixtures.section("og");
		byte[] photo = TestImages.jpeg(1200, 800);
		var image = library.storeImage("maryam", new ByteArrayInputStream(photo), photo.length);
		AuthorProfile ali = authors.ensureImported("ali" + section, "علی موسوی");
		long id = fixtures.published(section, "پیش‌نمایش پیوند در پیام‌رسان", List.of("فناوری"),
				new Media(Media.Type.IMAGE, image.ref(), "نمای شهر"), new Byline(List.of(ali.byline()), null),
				Duration.ofMinutes(7));
		Article article = catalog.find(id).orElseThrow();

		String html = html(mvc.get().uri(URI.create(article.path())).exchange());

		assertThat(html).contains("<meta property=\"og:type\" content=\"article\">",
				"<meta property=\"og:image:width\" content=\"1200\">",
				"<meta property=\"og:image:height\" content=\"800\">",
				"<meta property=\"og:image:alt\" content=\"نمای شهر\">",
				"<meta property=\"article:published_time\" content=\"" + JsonLd.dateTime(article.publishedAt()) + "\">",
				"<meta property=\"article:modified_time\" content=\"" + JsonLd.dateTime(article.updatedAt()) + "\">",
				"<meta property=\"article:section\" content=\"سرویس " + section + "\">",
				"<meta property=\"article:tag\" content=\"فناوری\">",
				"<meta name=\"twitter:card\" content=\"summary_large_image\">",
				"<meta name=\"twitter:title\" content=\"پیش‌نمایش پیوند در پیام‌رسان\">")
			.containsPattern(
					"<meta property=\"og:image\" content=\"https?://[^/\"]+" + Pattern.quote(image.ref()) + "\">")
			.containsPattern("<meta property=\"og:url\" content=\"https?://[^/\"]+/news/" + id + "/[^\"]+\">");
	}

	@Test
	void theHomePageNamesTheOrganizationAndItsSiteSearch() {
		List<JsonNode> blocks = jsonLd(html(mvc.get().uri("/").exchange()));

		assertThat(blocks).hasSize(2);
		JsonNode organization = blocks.getFirst();
		assertThat(organization.get("@type").asString()).isEqualTo("Organization");
		assertThat(organization.get("name").asString()).isEqualTo("خبر");
		assertThat(organization.get("logo").get("url").asString()).endsWith("/img/logo.svg");
		JsonNode site = blocks.get(1);
		assertThat(site.get("@type").asString()).isEqualTo("WebSite");
		assertThat(site.get("inLanguage").asString()).isEqualTo("fa");
		JsonNode search = site.get("potentialAction");
		assertThat(search.get("@type").asString()).isEqualTo("SearchAction");
		assertThat(search.get("target").get("urlTemplate").asString())
			.matches("https?://[^/]+/search\\?q=\\{search_term_string}");
		assertThat(search.get("query-input").asString()).isEqualTo("required name=search_term_string");
	}

	private static List<JsonNode> jsonLd(String html) {
		JsonMapper json = JsonMapper.builder().build();
		List<JsonNode> blocks = new ArrayList<>();
		Matcher m = JSON_LD.matcher(html);
		while (m.find()) {
			blocks.add(json.readTree(m.group(1)));
		}
		return blocks;
	}

}
