package app.khabar.newsroom.web;

import static app.khabar.account.StaffLogins.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import app.khabar.account.Role;
import app.khabar.article.ArticleImport;
import app.khabar.article.ArticleKind;
import app.khabar.article.ArticleStatus;
import app.khabar.article.Byline;
import app.khabar.article.CommentSettings;
import app.khabar.article.Media;
import app.khabar.article.NewArticle;
import app.khabar.article.Source;
import app.khabar.feed.Box;
import app.khabar.feed.Curation;
import app.khabar.media.TestImages;

/**
 * Uploads from the editor over HTTP, serving them at {@code /media/**}, and the srcset
 * readers then get: on the article page and in story lists. Bad uploads are Persian 4xx
 * with nothing stored.
 */
@SpringBootTest(properties = { "khabar.newsroom.scheduled-publishing=false" })
@AutoConfigureMockMvc
class MediaUploadIntegrationTests {

	static final RequestPostProcessor maryam = staff("maryam", Role.EDITOR);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ArticleImport imports;

	@Autowired
	Curation curation;

	@Test
	void anEditorUploadsAnImageThatIsServedAsImmutable() {
		MvcTestResult result = upload("/newsroom/media/images", "عکس.jpg", "image/jpeg", TestImages.jpeg(1800, 1200));
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.ref").asString().matches("/media/[0-9a-f]{32}-1600\\.jpg");
		assertThat(result).bodyJson().extractingPath("$.srcset").asString().contains("480w", "960w", "1600w");
		String ref = ref(result);

		MvcTestResult served = mvc.get().uri(ref).exchange();
		assertThat(served).hasStatusOk().hasContentType(MediaType.IMAGE_JPEG);
		assertThat(served.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("max-age=31536000", "public",
				"immutable");
		assertThat(TestImages.read(served.getResponse().getContentAsByteArray()).getWidth()).isEqualTo(1600);
		assertThat(mvc.get().uri(ref.replace("-1600.", "-480.")).exchange()).hasStatusOk();
	}

	@Test
	void anHtmlFileNamedLikeAnImageIsAPersian400AndNothingIsStored() {
		long before = rows();
		MvcTestResult result = upload("/newsroom/media/images", "photo.jpg", "image/jpeg", TestImages.htmlImpostor());
		assertThat(result).hasStatus(400);
		assertThat(result).bodyJson().extractingPath("$.message").asString().contains("محتوای پرونده بررسی می‌شود");
		assertThat(rows()).isEqualTo(before);
		// and as an HTML page for a browser posting the form
		MvcTestResult page = mvc.post()
			.uri("/newsroom/media/images")
			.multipart()
			.file(new MockMultipartFile("file", "photo.png", "image/png", TestImages.htmlImpostor()))
			.with(maryam)
			.with(csrf())
			.exchange();
		assertThat(page).hasStatus(400);
		assertThat(html(page)).contains("dir=\"rtl\"", "JPEG، PNG یا WebP").doesNotContain("<script>alert");
	}

	@Test
	void aFiftyMegabyteUploadIsAPersian413() {
		byte[] big = new byte[50 * 1024 * 1024];
		System.arraycopy(TestImages.jpeg(10, 10), 0, big, 0, 200);
		long before = rows();
		MvcTestResult result = upload("/newsroom/media/images", "big.jpg", "image/jpeg", big);
		assertThat(result).hasStatus(413);
		assertThat(result).bodyJson().extractingPath("$.message").asString().contains("۱۰ مگابایت");
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void aVideoIsUploadedAndServedWithByteRanges() {
		MvcTestResult result = upload("/newsroom/media/videos", "clip.mp4", "video/mp4", TestImages.mp4(50_000));
		assertThat(result).hasStatusOk();
		String ref = ref(result);
		assertThat(ref).matches("/media/[0-9a-f]{32}\\.mp4");
		MvcTestResult range = mvc.get().uri(ref).header(HttpHeaders.RANGE, "bytes=0-99").exchange();
		assertThat(range).hasStatus(206);
		assertThat(range.getResponse().getContentAsByteArray()).hasSize(100);
		assertThat(upload("/newsroom/media/videos", "clip.mp4", "video/mp4", TestImages.jpeg(20, 20))).hasStatus(400);
	}

	@Test
	void uploadsAreForTheNewsroomOnly() {
		assertThat(mvc.post()
			.uri("/newsroom/media/images")
			.multipart()
			.file(new MockMultipartFile("file", "a.jpg", "image/jpeg", TestImages.jpeg(20, 20)))
			.with(staff("mod", Role.MODERATOR))
			.with(csrf())
			.exchange()).hasStatus(403);
		assertThat(mvc.post()
			.uri("/newsroom/media/images")
			.multipart()
			.file(new MockMultipartFile("file", "a.jpg", "image/jpeg", TestImages.jpeg(20, 20)))
			.with(maryam)
			.exchange()).hasStatus(403);
	}

	@Test
	void readersGetTheSrcsetOnTheArticleAndInStoryLists() {
		String ref = ref(upload("/newsroom/media/images", "a.png", "image/png", TestImages.png(1200, 800, false)));
		imports.ensureSection("society", "جامعه");
		long id = imports.store(new NewArticle("society", ArticleKind.STORY, null, "گزارش تصویری از همکاری‌ها",
				"لید گزارش", "<p>متن</p>", new Source("خبر", null), Byline.NONE, List.of(),
				new Media(Media.Type.IMAGE, ref, "زیرنویس عکس"), ArticleStatus.PUBLISHED, CommentSettings.DEFAULT,
				Instant.parse("2025-11-20T08:00:00Z"), null));
		curation.replace(Box.LEAD, List.of(id));

		String article = mvc.get().uri("/news/" + id).exchange().getResponse().getHeader(HttpHeaders.LOCATION);
		String page = html(mvc.get().uri(java.net.URI.create(article)).exchange());
		String base = ref.replace("-1200.jpg", "");
		assertThat(page).contains(
				"srcset=\"" + base + "-480.jpg 480w, " + base + "-960.jpg 960w, " + base + "-1200.jpg 1200w\"",
				"sizes=\"(max-width: 44rem) 100vw, 42rem\"");
		String home = html(mvc.get().uri("/").exchange());
		assertThat(home).contains("srcset=\"" + base + "-480.jpg 480w", "sizes=\"(max-width: 62rem) 100vw, 60rem\"");
	}

	private MvcTestResult upload(String uri, String name, String type, byte[] content) {
		return mvc.post()
			.uri(uri)
			.multipart()
			.file(new MockMultipartFile("file", name, type, content))
			.accept(MediaType.APPLICATION_JSON)
			.with(maryam)
			.with(csrf().asHeader())
			.exchange();
	}

	private static String ref(MvcTestResult result) {
		String json = html(result);
		return json.replaceAll("(?s).*\"ref\":\"([^\"]+)\".*", "$1");
	}

	private long rows() {
		return jdbc.sql("SELECT COUNT(*) FROM media_file").query(Long.class).single();
	}

	private static String html(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

}
