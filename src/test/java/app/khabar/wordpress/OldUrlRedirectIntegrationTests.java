package app.khabar.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.khabar.article.ArticleCatalog;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "khabar.demo.enabled=false", "khabar.web.page-cache.enabled=false" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OldUrlRedirectIntegrationTests {

	static final String SLUG = "%d9%be%db%8c%d8%b1%d9%88%d8%b2%db%8c-%d8%aa%db%8c%d9%85-%d9%85%d9%84%db%8c";

	@LocalServerPort
	int port;

	@Autowired
	WxrImport wxrImport;

	@Autowired
	ArticleCatalog catalog;

	@Autowired
	JdbcClient jdbc;

	String articlePath;

	@BeforeAll
	void importTheOldSite(@TempDir Path dir) throws Exception {
		try (InputStream in = getClass().getResourceAsStream("/wxr/persian-news.xml")) {
			Path file = dir.resolve("persian-news.xml");
			Files.copy(in, file);
			wxrImport.importFiles(List.of(file), WxrImport.Options.DEFAULT);
		}
		long id = jdbc.sql("SELECT article_id FROM wordpress_post WHERE wp_id = 101").query(Long.class).single();
		articlePath = catalog.find(id).orElseThrow().path();
	}

	@Test
	void everyPermalinkFormOfAPostMovesToItsArticle() throws Exception {
		for (String old : List.of("/" + SLUG + "/", "/" + SLUG, "/" + SLUG.toUpperCase(), "/2023/06/06/" + SLUG + "/",
				"/2023/06/" + SLUG + "/", "/1402/03/16/" + SLUG + "/", "/football/" + SLUG + "/", "/archives/101",
				"/archives/101/", "/?p=101", "/" + SLUG + ".html")) {
			HttpResponse<String> response = get(old);
			assertThat(response.statusCode()).as(old).isEqualTo(301);
			assertThat(response.headers().firstValue("Location")).as(old).hasValue(articlePath);
		}
	}

	@Test
	void categoriesTagsAuthorsAndTheFeedMoveToTheirPages() throws Exception {
		assertThat(location("/category/football/")).isEqualTo("/service/football");
		assertThat(location("/tag/" + URLEncoder.encode("لیگ-برتر", StandardCharsets.UTF_8) + "/"))
			.isEqualTo("/tag/" + URLEncoder.encode("لیگ-برتر", StandardCharsets.UTF_8));
		assertThat(location("/author/sara/")).isEqualTo("/author/sara");
		assertThat(location("/feed/")).isEqualTo("/rss");
	}

	@Test
	void oddOrUnknownPathsAreNotFoundNeverAServerError() throws Exception {
		for (String odd : List.of("/%E0%A4%A/", "/%ZZ", "/archives/99999999999999999999999", "/archives/", "/?p=abc",
				"/?p=999", "/no-such-post/", "/category/%%%/", "/" + "x".repeat(3000))) {
			int status = rawStatus(odd);
			assertThat(status).as(odd).isIn(302, 400, 404, 414);
		}
	}

	@Test
	void khabarsOwnPagesAreNeverRedirected() throws Exception {
		assertThat(get(articlePath).statusCode()).isEqualTo(200);
		assertThat(get("/").statusCode()).isEqualTo(200);
		assertThat(get("/search?q=" + URLEncoder.encode("تیم", StandardCharsets.UTF_8)).statusCode()).isEqualTo(200);
	}

	@Test
	void decodesRawAndLatinOnePaths() {
		String slug = "پیروزی-تیم-ملی";
		assertThat(OldUrls.decode("/" + slug + "/")).isEqualTo("/" + slug + "/");
		String latin1 = new String(slug.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
		assertThat(OldUrls.decode("/" + latin1)).isEqualTo("/" + slug);
		assertThat(OldUrls.decode("/%E0%A4%A")).isNotNull();
	}

	/** The status of a GET sent as bytes, for paths java.net.URI refuses to build. */
	private int rawStatus(String path) throws Exception {
		try (var socket = new java.net.Socket("localhost", port)) {
			socket.getOutputStream()
				.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
					.getBytes(StandardCharsets.UTF_8));
			String statusLine = new java.io.BufferedReader(
					new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1))
				.readLine();
			return Integer.parseInt(statusLine.split(" ")[1]);
		}
	}

	private String location(String path) throws Exception {
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(301);
		return response.headers().firstValue("Location").orElseThrow();
	}

	private HttpResponse<String> get(String path) throws Exception {
		try (HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()) {
			return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
		}
	}

}
