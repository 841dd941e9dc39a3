package app.khabar.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.UriUtils;

import app.khabar.article.ArticleImport;
import app.khabar.article.ArticleLifecycle;
import app.khabar.article.ArticleStatus;
import app.khabar.article.AuthorDirectory;
import app.khabar.article.AuthorProfile;
import app.khabar.article.Byline;
import app.khabar.article.Media;
import app.khabar.comment.CommentImport;
import app.khabar.comment.CommentStatus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The read API over real HTTP, filters and hot path included: what each endpoint answers,
 * paging by cursor, filters, ETag and 304, versions that move with the data, refusals as
 * Persian 4xx, never a 500, and nothing readers cannot see on the site.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ReadApiIntegrationTests {

	static final Instant T = Instant.parse("2026-11-20T06:30:00Z");

	@LocalServerPort
	int port;

	@Autowired
	ArticleImport articles;

	@Autowired
	CommentImport comments;

	@Autowired
	ArticleLifecycle lifecycle;

	@Autowired
	AuthorDirectory authors;

	@Autowired
	JsonMapper json;

	ApiFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new ApiFixtures(articles, port);
	}

	@Test
	void pagesThroughASectionNewestFirstByCursor() throws Exception {
		String section = fixtures.section();
		List<Long> byTime = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			byTime.addFirst(fixtures.published(section, "خبر شمارهٔ " + i, T.plusSeconds(60 * i)));
		}
		// at the same time as the newest: the larger id comes first, and no page loses
		// either
		long sameTime = fixtures.published(section, "هم‌زمان", T.plusSeconds(60 * 4));
		byTime.addFirst(sameTime);
		fixtures.store(section, "پیش‌نویس", "<p>x</p>", Media.NONE, ArticleStatus.DRAFT, T, "");
		long retracted = fixtures.published(section, "پس‌گرفته", T.plusSeconds(3600));
		lifecycle.retract("editor", retracted, 0, "نادرست بود");

		List<Long> seen = new ArrayList<>();
		String cursor = null;
		int pages = 0;
		do {
			var response = fixtures
				.get("/api/v1/articles?section=" + section + "&limit=2" + (cursor != null ? "&cursor=" + cursor : ""));
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
			JsonNode body = json.readTree(response.body());
			assertThat(body.get("items").size()).isLessThanOrEqualTo(2);
			body.get("items").forEach(item -> seen.add(item.get("id").asLong()));
			cursor = body.get("next").isNull() ? null : body.get("next").asString();
			pages++;
		}
		while (cursor != null && pages < 10);

		assertThat(pages).isEqualTo(3);
		assertThat(seen).containsExactlyElementsOf(byTime).doesNotContain(retracted);
	}

	@Test
	void filtersByTagAndPublicationTime() throws Exception {
		String section = fixtures.section();
		long early = fixtures.published(section, "بازار ارز", T, "همکاری‌ها", "ارز");
		long middle = fixtures.published(section, "بازار سکه", T.plusSeconds(3600), "سکه");
		long late = fixtures.published(section, "بازار طلا", T.plusSeconds(7200), "همکاری‌ها");

		assertThat(ids("/api/v1/articles?section=" + section + "&tag=" + encode("همکاری‌ها"))).containsExactly(late,
				early);
		// every spelling of a tag is the tag: Arabic yeh and kaf, no ZWNJ, a space
		for (String spelling : List.of("همكاري‌ها", "همکاریها", "همکاری ها")) {
			assertThat(ids("/api/v1/articles?section=" + section + "&tag=" + encode(spelling))).as(spelling)
				.containsExactly(late, early);
		}
		assertThat(ids("/api/v1/articles?section=" + section + "&since=" + T.plusSeconds(3600))).containsExactly(late,
				middle);
		assertThat(ids("/api/v1/articles?section=" + section + "&until=" + T.plusSeconds(3600))).containsExactly(early);
		assertThat(ids("/api/v1/articles?section=" + section + "&since=" + T.plusSeconds(1) + "&until="
				+ encode("2026-11-20T11:30:00+03:30")))
			.containsExactly(middle);
		// a bare date is the day in Iran time: 2026-11-20 starts at 2026-11-19T20:30Z
		assertThat(ids("/api/v1/articles?section=" + section + "&since=2026-11-21")).isEmpty();
		assertThat(ids("/api/v1/articles?section=" + section + "&since=2026-11-20")).hasSize(3);
		// the whole site's list holds them too
		assertThat(ids("/api/v1/articles?limit=100&since=" + T.minusSeconds(1) + "&until=" + T.plusSeconds(7201)))
			.contains(late, middle, early);
	}

	@Test
	void answersOneArticleWholeWithItsCounters() throws Exception {
		String section = fixtures.section();
		long id = fixtures.store(section, "تیتر خبر <script>",
				"<p>بند نخست.</p><p><img src=\"/media/body.png\" alt=\"نقشه\"></p>",
				new Media(Media.Type.IMAGE, "/media/main.jpg", "عکس اصلی"), ArticleStatus.PUBLISHED, T, "اقتصاد",
				"بودجه");
		comments.store(id, null, "رضا", "نظر منتشرشده", "IR", CommentStatus.PUBLISHED, T.plusSeconds(10), 2, 1);
		comments.store(id, null, "پنهان", "نظر در انتظار", null, CommentStatus.PENDING, T.plusSeconds(20), 0, 0);
		comments.store(id, null, "ردشده", "نظر ردشده", null, CommentStatus.REJECTED, T.plusSeconds(30), 0, 0);

		var response = fixtures.get("/api/v1/articles/" + id);

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode article = json.readTree(response.body());
		assertThat(article.get("id").asLong()).isEqualTo(id);
		assertThat(article.get("title").asString()).isEqualTo("تیتر خبر <script>");
		assertThat(article.get("url").asString()).startsWith(origin() + "/news/" + id + "/");
		assertThat(article.get("shortUrl").asString()).startsWith(origin() + "/x/");
		assertThat(article.get("kicker").asString()).isEqualTo("روتیتر");
		assertThat(article.get("bodyHtml").asString()).contains("<p>بند نخست.</p>");
		assertThat(article.get("section").get("slug").asString()).isEqualTo(section);
		assertThat(article.get("source").get("outlet").asString()).isEqualTo("خبر");
		assertThat(article.get("source").get("agency").asString()).isEqualTo("ایرنا");
		assertThat(article.get("tags").get(0).get("name").asString()).isEqualTo("اقتصاد");
		assertThat(article.get("tags").get(1).get("url").asString())
			.isEqualTo(origin() + "/tag/" + encodePath("بودجه"));
		assertThat(article.get("tags").get(1).get("articles").asString())
			.isEqualTo(origin() + "/api/v1/articles?tag=" + encode("بودجه"));
		assertThat(article.get("byline").get("text").asString()).isEqualTo("گروه اقتصادی");
		assertThat(article.get("byline").get("authors").size()).isZero();
		assertThat(article.get("media").get("type").asString()).isEqualTo("IMAGE");
		assertThat(article.get("images").size()).isEqualTo(2);
		assertThat(article.get("images").get(0).get("url").asString()).isEqualTo(origin() + "/media/main.jpg");
		assertThat(article.get("media").get("url").asString()).isEqualTo(origin() + "/media/main.jpg");
		assertThat(article.get("comments").get("url").asString())
			.isEqualTo(origin() + "/api/v1/articles/" + id + "/comments");
		assertThat(article.get("bodyHtml").asString()).as("the body as the page shows it")
			.contains("<img src=\"/media/body.png\"");
		assertThat(article.get("images").get(1).get("caption").asString()).isEqualTo("نقشه");
		assertThat(article.get("publishedAt").asString()).isEqualTo("2026-11-20T06:30:00Z");
		assertThat(article.get("publishedAtJalali").asString()).isEqualTo("۱۰:۰۰ - ۱۴۰۵/۰۸/۲۹");
		JsonNode counts = article.get("comments");
		assertThat(counts.get("published").asInt()).isEqualTo(1);
		assertThat(counts.get("pending").asInt()).isEqualTo(1);
		assertThat(counts.get("rejected").asInt()).isEqualTo(1);
		assertThat(counts.get("open").asBoolean()).isTrue();
		assertThat(response.body()).doesNotContain("نظر در انتظار", "نظر ردشده", "externalId", "api-test:", "createdBy",
				"version");
	}

	@Test
	void answersThePublishedThreadWithRepliesUnderTheirParent() throws Exception {
		long id = fixtures.published(fixtures.section(), "خبر با نظر", T);
		long parent = comments.store(id, null, "رضا", "نظر نخست", "IR", CommentStatus.PUBLISHED, T.plusSeconds(10), 3,
				0);
		long reply = comments.store(id, parent, null, "پاسخ به نظر", null, CommentStatus.PUBLISHED, T.plusSeconds(20),
				0, 1);
		comments.store(id, parent, "پنهان", "پاسخ در انتظار", null, CommentStatus.PENDING, T.plusSeconds(30), 0, 0);
		comments.store(id, null, "ردشده", "نظر ردشده", null, CommentStatus.REJECTED, T.plusSeconds(40), 0, 0);

		var response = fixtures.get("/api/v1/articles/" + id + "/comments");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode thread = json.readTree(response.body());
		assertThat(thread.get("comments").size()).isEqualTo(1);
		JsonNode first = thread.get("comments").get(0);
		assertThat(first.get("id").asLong()).isEqualTo(parent);
		assertThat(first.get("authorName").asString()).isEqualTo("رضا");
		assertThat(first.get("country").asString()).isEqualTo("IR");
		assertThat(first.get("likes").asInt()).isEqualTo(3);
		assertThat(first.get("replies").size()).isEqualTo(1);
		assertThat(first.get("replies").get(0).get("id").asLong()).isEqualTo(reply);
		assertThat(first.get("replies").get(0).get("authorName").isNull()).isTrue();
		assertThat(thread.get("counts").get("pending").asInt()).isEqualTo(1);
		assertThat(response.body()).doesNotContain("پاسخ در انتظار", "نظر ردشده", "client", "hash", "email");
	}

	@Test
	void revalidatesWithEtagsThatMoveWithTheData() throws Exception {
		long id = fixtures.published(fixtures.section(), "خبر در حال تغییر", T);
		for (String path : List.of("/api/v1/articles/" + id, "/api/v1/articles/" + id + "/comments",
				"/api/v1/articles?limit=5", "/api/v1/sections", "/api/v1/tags", "/api/v1/authors")) {
			var first = fixtures.get(path);
			String etag = first.headers().firstValue("ETag").orElseThrow();
			assertThat(first.headers().firstValue("Cache-Control"))
				.hasValue("max-age=0, public, s-maxage=10, stale-while-revalidate=60");
			var again = fixtures.get(path, "If-None-Match", etag);
			assertThat(again.statusCode()).as(path).isEqualTo(304);
			assertThat(again.body()).isEmpty();
			// served hot from memory this time, still the same answer
			assertThat(fixtures.get(path).body()).isEqualTo(first.body());
		}

		String article = fixtures.get("/api/v1/articles/" + id).headers().firstValue("ETag").orElseThrow();
		String thread = fixtures.get("/api/v1/articles/" + id + "/comments").headers().firstValue("ETag").orElseThrow();
		String list = fixtures.get("/api/v1/articles?limit=5").headers().firstValue("ETag").orElseThrow();
		comments.store(id, null, "تازه", "نظر تازه", null, CommentStatus.PUBLISHED, T.plusSeconds(5), 0, 0);

		var changedArticle = fixtures.get("/api/v1/articles/" + id, "If-None-Match", article);
		assertThat(changedArticle.statusCode()).isEqualTo(200);
		assertThat(json.readTree(changedArticle.body()).get("comments").get("published").asInt()).isEqualTo(1);
		var changedThread = fixtures.get("/api/v1/articles/" + id + "/comments", "If-None-Match", thread);
		assertThat(changedThread.statusCode()).isEqualTo(200);
		assertThat(changedThread.body()).contains("نظر تازه");

		long newer = fixtures.published(fixtures.section(), "خبر تازه‌تر", Instant.now());
		var changedList = fixtures.get("/api/v1/articles?limit=5", "If-None-Match", list);
		assertThat(changedList.statusCode()).isEqualTo(200);
		assertThat(json.readTree(changedList.body()).get("items").get(0).get("id").asLong()).isEqualTo(newer);
	}

	@Test
	void listsTheSectionsInTheSiteOrder() throws Exception {
		String section = fixtures.section();

		var response = fixtures.get("/api/v1/sections");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode items = json.readTree(response.body()).get("items");
		List<String> slugs = new ArrayList<>();
		items.forEach(item -> slugs.add(item.get("slug").asString()));
		assertThat(slugs).contains(section);
		JsonNode ours = items.get(slugs.indexOf(section));
		assertThat(ours.get("name").asString()).isEqualTo("سرویس " + section);
		assertThat(ours.get("url").asString()).isEqualTo(origin() + "/service/" + section);
		assertThat(ours.get("articles").asString()).isEqualTo(origin() + "/api/v1/articles?section=" + section);
	}

	@Test
	void linksAreAbsoluteForTheOriginAskedAndCachedApartPerOrigin() throws Exception {
		String section = fixtures.section();
		long id = fixtures.published(section, "خبر دو نشانی", T);
		String path = "/api/v1/articles?section=" + section;
		String other = "http://127.0.0.1:" + port;

		for (int i = 0; i < 3; i++) {
			JsonNode viaName = json.readTree(fixtures.get(path).body()).get("items").get(0);
			var viaAddress = fixtures.get(other + path);
			JsonNode item = json.readTree(viaAddress.body()).get("items").get(0);

			assertThat(viaName.get("url").asString()).startsWith(origin() + "/news/" + id + "/");
			assertThat(viaName.get("section").get("url").asString()).isEqualTo(origin() + "/service/" + section);
			assertThat(item.get("url").asString()).as("round " + i).startsWith(other + "/news/" + id + "/");
			assertThat(item.get("section").get("url").asString()).isEqualTo(other + "/service/" + section);
		}
	}

	@Test
	void refusesBadInputWithPersianMessages() throws Exception {
		long draft = fixtures.store(fixtures.section(), "پیش‌نویس", "<p>x</p>", Media.NONE, ArticleStatus.DRAFT, T);
		long retracted = fixtures.published(fixtures.section(), "پس‌گرفته", T);
		lifecycle.retract("editor", retracted, 0, "نادرست بود");

		assertRefused("/api/v1/articles/abc", 400, "api.error.id");
		assertRefused("/api/v1/articles/0", 400, "api.error.id");
		assertRefused("/api/v1/articles/99999999999999999999", 400, "api.error.id");
		assertRefused("/api/v1/articles/" + draft, 404, "article.error.not-found");
		assertRefused("/api/v1/articles/999999999", 404, "article.error.not-found");
		assertRefused("/api/v1/articles/" + retracted, 410, "api.error.retracted");
		assertRefused("/api/v1/articles/" + draft + "/comments", 404, "article.error.not-found");
		assertRefused("/api/v1/articles/" + retracted + "/comments", 410, "api.error.retracted");
		assertRefused("/api/v1/articles?section=no-such-section", 404, "article.error.section-not-found");
		assertRefused("/api/v1/articles?tag=" + encode("برچسبی-که-نیست"), 404, "article.error.tag-not-found");
		assertRefused("/api/v1/articles?author=no-such-author", 404, "article.error.author-not-found");
		assertRefused("/api/v1/tags?page=abc", 400, "api.error.page");
		assertRefused("/api/v1/authors?page=0", 400, "api.error.page");
		assertRefused("/api/v1/authors?limit=x", 400, "api.error.limit");
		assertRefused("/api/v1/articles?limit=abc", 400, "api.error.limit");
		assertRefused("/api/v1/articles?limit=0", 400, "api.error.limit");
		assertRefused("/api/v1/articles?limit=-5", 400, "api.error.limit");
		assertRefused("/api/v1/articles?cursor=abc", 400, "api.error.cursor");
		assertRefused("/api/v1/articles?cursor=" + "A".repeat(500), 400, "api.error.cursor");
		assertRefused("/api/v1/articles?cursor=" + encode("!!!"), 400, "api.error.cursor");
		assertRefused("/api/v1/articles?cursor=MjAyNi0xMS0yMFQwNjozMDowMFpfeA", 400, "api.error.cursor");
		assertRefused("/api/v1/articles?since=yesterday", 400, "api.error.date");
		assertRefused("/api/v1/articles?until=2026-13-01", 400, "api.error.date");
		assertRefused("/api/v1/articles?since=2026-11-20&until=2026-11-20", 400, "api.error.range");
		assertRefused("/api/v1/articles?since=2026-11-21&until=2026-11-20", 400, "api.error.range");
	}

	@Test
	void filtersByAuthorAndListsTheAuthorsWithTheirArticles() throws Exception {
		String section = fixtures.section();
		String handle = "reza" + Long.toString(System.nanoTime(), 36);
		AuthorProfile reza = authors.ensureImported(handle, "رضا کاظمی", "خبرنگار اقتصادی");
		long signed = fixtures.store(section, "خبر با امضا", "<p>متن</p>", Media.NONE, ArticleStatus.PUBLISHED, T,
				new Byline(List.of(reza.byline()), null));
		fixtures.published(section, "خبر بی‌امضا", T.plusSeconds(60));

		assertThat(ids("/api/v1/articles?author=" + handle)).containsExactly(signed);
		assertThat(ids("/api/v1/articles?author=" + handle.toUpperCase(Locale.ROOT))).containsExactly(signed);
		JsonNode byline = json.readTree(fixtures.get("/api/v1/articles/" + signed).body()).get("byline");
		assertThat(byline.get("authors").get(0).get("name").asString()).isEqualTo("رضا کاظمی");
		assertThat(byline.get("authors").get(0).get("url").asString()).isEqualTo(origin() + "/author/" + handle);
		assertThat(byline.get("authors").get(0).get("articles").asString())
			.isEqualTo(origin() + "/api/v1/articles?author=" + handle);

		JsonNode page = json.readTree(fixtures.get("/api/v1/authors?limit=100").body());
		JsonNode ours = null;
		for (JsonNode author : page.get("items")) {
			if (author.get("handle").asString().equals(handle)) {
				ours = author;
			}
		}
		assertThat(ours).isNotNull();
		assertThat(ours.get("name").asString()).isEqualTo("رضا کاظمی");
		assertThat(ours.get("bio").asString()).isEqualTo("خبرنگار اقتصادی");
		assertThat(ours.has("username")).isFalse();
		assertThat(page.get("page").asInt()).isEqualTo(1);
		assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(1);
	}

	@Test
	void listsTagsOncePerFoldedKeyNewestUseFirst() throws Exception {
		String section = fixtures.section();
		String word = persianWord();
		fixtures.published(section, "یک", T, word + "‌ها");
		fixtures.published(section, "دو", Instant.now(), word + "ها");

		JsonNode page = json.readTree(fixtures.get("/api/v1/tags?limit=100").body());
		List<JsonNode> ours = new ArrayList<>();
		page.get("items").forEach(tag -> {
			if (tag.get("name").asString().startsWith(word)) {
				ours.add(tag);
			}
		});
		assertThat(ours).hasSize(1);
		assertThat(ours.getFirst().get("count").asLong()).isEqualTo(2);
		assertThat(page.get("items").get(0).get("key").asString()).isEqualTo(ours.getFirst().get("key").asString());
		assertThat(ids(ours.getFirst().get("articles").asString())).hasSize(2);
		assertThat(fixtures.get("/api/v1/tags?page=999999999").statusCode()).isEqualTo(200);
	}

	@Test
	void boundsHugeLimits() throws Exception {
		String section = fixtures.section();
		fixtures.published(section, "یک", T);

		for (String limit : List.of("100", "101", "999999999999999999999", encode("۵۰"))) {
			var response = fixtures.get("/api/v1/articles?section=" + section + "&limit=" + limit);
			assertThat(response.statusCode()).as(limit).isEqualTo(200);
			assertThat(json.readTree(response.body()).get("items").size()).isEqualTo(1);
		}
	}

	@Test
	void letsPagesOfAnyOriginReadButNotWrite() throws Exception {
		long id = fixtures.published(fixtures.section(), "خبر", T);
		for (String path : List.of("/api/v1/articles/" + id, "/api/v1/sections", "/api/v1/articles/abc")) {
			// with an Origin or without (a cache in between may keep either for everyone)
			assertThat(fixtures.get(path, "Origin", "https://partner.example")
				.headers()
				.firstValue("Access-Control-Allow-Origin")).as(path).hasValue("*");
			var plain = fixtures.get(path);
			assertThat(plain.headers().firstValue("Access-Control-Allow-Origin")).as(path).hasValue("*");
			assertThat(plain.headers().firstValue("Access-Control-Expose-Headers")).hasValue("ETag");
		}

		HttpResponse<String> preflight = fixtures.send(
				HttpRequest.newBuilder(fixtures.uri("/api/v1/articles"))
					.method("OPTIONS", HttpRequest.BodyPublishers.noBody()),
				"Origin", "https://partner.example", "Access-Control-Request-Method", "GET",
				"Access-Control-Request-Headers", "if-none-match");
		assertThat(preflight.statusCode()).isEqualTo(204);
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).hasValue("GET, HEAD");
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers").orElseThrow())
			.containsIgnoringCase("If-None-Match");

		HttpResponse<String> write = fixtures.send(
				HttpRequest.newBuilder(fixtures.uri("/api/v1/articles/" + id + "/comments"))
					.method("OPTIONS", HttpRequest.BodyPublishers.noBody()),
				"Origin", "https://partner.example", "Access-Control-Request-Method", "POST");
		assertThat(write.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
	}

	private String origin() {
		return "http://localhost:" + port;
	}

	private List<Long> ids(String path) throws Exception {
		var response = fixtures.get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		List<Long> ids = new ArrayList<>();
		json.readTree(response.body()).get("items").forEach(item -> ids.add(item.get("id").asLong()));
		return ids;
	}

	private void assertRefused(String path, int status, String code) throws Exception {
		var response = fixtures.get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
		JsonNode body = json.readTree(response.body());
		assertThat(body.get("code").asString()).as(path).isEqualTo(code);
		// Persian letters, not a key or an English default
		assertThat(body.get("message").asString()).as(path).containsPattern("[\\u0600-\\u06FF]{3,}");
	}

	/** A word of Persian letters no other test uses. */
	static String persianWord() {
		String letters = "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوی";
		StringBuilder word = new StringBuilder("برچسب");
		for (long n = System.nanoTime(); n > 0; n /= letters.length()) {
			word.append(letters.charAt((int) (n % letters.length())));
		}
		return word.toString();
	}

	static String encodePath(String path) {
		return UriUtils.encodePath(path, StandardCharsets.UTF_8);
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
