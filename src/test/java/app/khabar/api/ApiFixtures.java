package app.khabar.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import app.khabar.article.ArticleImport;
import app.khabar.article.ArticleKind;
import app.khabar.article.ArticleStatus;
import app.khabar.article.Byline;
import app.khabar.article.CommentSettings;
import app.khabar.article.Media;
import app.khabar.article.NewArticle;
import app.khabar.article.Source;

/**
 * Articles written for the read API's tests, each test in a section of its own, and a
 * plain HTTP client for the real server.
 */
final class ApiFixtures {

	private final ArticleImport articles;

	private final int port;

	ApiFixtures(ArticleImport articles, int port) {
		this.articles = articles;
		this.port = port;
	}

	String section() {
		String slug = "api" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
		articles.ensureSection(slug, "سرویس " + slug);
		return slug;
	}

	long published(String section, String title, Instant at, String... tags) {
		return store(section, title, "<p>متن خبر</p>", Media.NONE, ArticleStatus.PUBLISHED, at, tags);
	}

	long store(String section, String title, String body, Media media, ArticleStatus status, Instant at,
			String... tags) {
		return store(section, title, body, media, status, at, Byline.text("گروه اقتصادی"), tags);
	}

	long store(String section, String title, String body, Media media, ArticleStatus status, Instant at, Byline byline,
			String... tags) {
		return articles.store(new NewArticle(section, ArticleKind.STORY, "روتیتر", title, "لید " + title, body,
				new Source("خبر", "ایرنا"), byline, List.of(tags), media, status, CommentSettings.DEFAULT,
				status == ArticleStatus.DRAFT ? null : at, "api-test:" + System.nanoTime()));
	}

	HttpResponse<String> get(String pathAndQuery, String... headers) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET(), headers);
	}

	HttpResponse<String> send(HttpRequest.Builder request, String... headers) throws IOException, InterruptedException {
		if (headers.length > 0) {
			request.headers(headers);
		}
		try (HttpClient client = HttpClient.newHttpClient()) {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
	}

	/** A path on the test server, or an absolute URL (as the answers' links are). */
	URI uri(String pathOrUrl) {
		return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : "http://localhost:" + port + pathOrUrl);
	}

}
