package app.khabar.newsroom.web;

import static app.khabar.account.StaffLogins.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
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
import app.khabar.feed.FeedError;
import app.khabar.media.MediaLibrary;
import app.khabar.media.TestImages;
import app.khabar.web.Notice;

/**
 * Gallery and video articles: how readers see them, where a video may come from, and
 * which box each feeds.
 */
@SpringBootTest(properties = { "khabar.newsroom.scheduled-publishing=false",
		"khabar.newsroom.video-embed-hosts=www.aparat.com, player.example.org" })
@AutoConfigureMockMvc
class GalleryAndVideoIntegrationTests {

	static final RequestPostProcessor maryam = staff("maryam", Role.EDITOR);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ArticleImport imports;

	@Autowired
	MediaLibrary library;

	@Autowired
	Curation curation;

	long culture;

	@BeforeEach
	void section() {
		culture = imports.ensureSection("culture", "فرهنگی").id();
	}

	@Test
	void anUploadedVideoPlaysInAVideoElement() {
		byte[] clip = TestImages.mp4(10_000);
		String ref = library.storeVideo("maryam", new ByteArrayInputStream(clip), clip.length).ref();
		long id = store(ArticleKind.VIDEO, "ویدیو: جشنوارهٔ موسیقی", "<p>شرح</p>",
				new Media(Media.Type.VIDEO, ref, "نمایی از اجرا"));
		String page = page(id);
		assertThat(page)
			.contains(
					"<video controls preload=\"metadata\" playsinline><source src=\"" + ref + "\" type=\"video/mp4\">",
					"نمایی از اجرا")
			.doesNotContain("<iframe");
	}

	@Test
	void anEmbedFromAnAllowedHostIsASandboxedFrameAndOthersAreNotShown() {
		long allowed = store(ArticleKind.VIDEO, "ویدیو: نشست خبری", "<p>شرح</p>", new Media(Media.Type.VIDEO,
				"https://www.aparat.com/video/video/embed/videohash/abc123/vt/frame", null));
		assertThat(page(allowed)).contains(
				"<iframe src=\"https://www.aparat.com/video/video/embed/videohash/abc123/vt/frame\"",
				"sandbox=\"allow-scripts allow-same-origin allow-presentation\"");

		long other = store(ArticleKind.VIDEO, "ویدیو: از جای دیگر", "<p>شرح</p>",
				new Media(Media.Type.VIDEO, "https://evil.example/player", null));
		assertThat(page(other)).doesNotContain("<iframe", "evil.example");
		// in the body too (imports and the editor sanitize alike): a frame survives only
		// from an allowed host, sandboxed
		long body = store(ArticleKind.STORY, "متن با قاب",
				"<p>پیش</p><iframe src=\"https://evil.example/player\"></iframe>", Media.NONE);
		assertThat(page(body)).doesNotContain("<iframe", "evil.example");
		long allowedInBody = store(ArticleKind.STORY, "متن با قاب مجاز",
				"<p>پیش</p><iframe src=\"https://www.aparat.com/x\"></iframe>", Media.NONE);
		assertThat(page(allowedInBody)).contains("<iframe",
				"sandbox=\"allow-scripts allow-same-origin allow-presentation\"");
	}

	@Test
	void theEditorRefusesAVideoFromAHostNotOnTheList() {
		MvcTestResult result = mvc.post()
			.uri("/newsroom/articles")
			.with(maryam)
			.with(csrf())
			.param("version", "0")
			.param("section", Long.toString(culture))
			.param("kind", "VIDEO")
			.param("title", "ویدیوی تازه")
			.param("mediaRef", "https://evil.example/embed/1")
			.exchange();
		assertThat(result).hasStatus(422);
		assertThat(html(result)).contains("میزبان‌های مجاز پخش ویدیو");
		assertThat(mvc.post()
			.uri("/newsroom/articles")
			.with(maryam)
			.with(csrf())
			.param("version", "0")
			.param("section", Long.toString(culture))
			.param("kind", "VIDEO")
			.param("title", "ویدیوی تازه")
			.param("mediaRef", "https://player.example.org/embed/1")
			.exchange()).hasStatus(303);
	}

	@Test
	void aGalleryShowsItsPhotosInOrderWithCaptions() {
		byte[] one = TestImages.jpeg(1200, 800);
		byte[] two = TestImages.png(900, 600, false);
		var first = library.storeImage("maryam", new ByteArrayInputStream(one), one.length);
		var second = library.storeImage("maryam", new ByteArrayInputStream(two), two.length);
		String body = "<figure><img src=\"" + first.ref() + "\" srcset=\"" + first.srcset()
				+ "\" sizes=\"100vw\" alt=\"\"><figcaption>بازار شب یلدا</figcaption></figure>" + "<figure><img src=\""
				+ second.ref() + "\" srcset=\"" + second.srcset()
				+ "\" sizes=\"100vw\" alt=\"\"><figcaption>انار و هندوانه</figcaption></figure>";
		long id = store(ArticleKind.GALLERY, "گزارش تصویری: یلدا", body,
				new Media(Media.Type.IMAGE, first.ref(), null));
		String page = page(id);
		assertThat(page).contains("article-body article-gallery", "srcset=\"" + first.srcset() + "\"");
		assertThat(page.indexOf("بازار شب یلدا")).isLessThan(page.indexOf("انار و هندوانه"));
	}

	@Test
	void thePhotoAndVideoBoxesTakeGalleriesAndVideosOnly() {
		long story = store(ArticleKind.STORY, "خبر ساده", "<p>متن</p>", Media.NONE);
		long gallery = store(ArticleKind.GALLERY, "گزارش تصویری", "<p>متن</p>", Media.NONE);
		long video = store(ArticleKind.VIDEO, "ویدیو", "<p>متن</p>", Media.NONE);
		MvcTestResult refused = add("FEATURED_PHOTO", story);
		assertThat(refused).as("kept on the desk, not a public error page").hasStatus(303);
		assertThat(refused).redirectedUrl().startsWith("/newsroom/curation");
		assertThat(refused.getMvcResult().getFlashMap().get(Notice.ATTRIBUTE)).as("a Persian notice on the desk")
			.isInstanceOfSatisfying(Notice.class,
					notice -> assertThat(notice.key()).isEqualTo(FeedError.WRONG_KIND_FOR_BOX.messageKey()));
		assertThat(add("FEATURED_VIDEO", gallery).getMvcResult().getFlashMap().get(Notice.ATTRIBUTE))
			.isInstanceOfSatisfying(Notice.class, notice -> assertThat(notice.error()).isTrue());
		assertThat(add("FEATURED_PHOTO", gallery)).hasStatus(303);
		assertThat(add("FEATURED_VIDEO", video)).hasStatus(303);
		assertThat(add("DONT_MISS", story)).hasStatus(303);
		assertThat(curation.articleIdsOf(Box.FEATURED_PHOTO)).containsExactly(gallery);
		assertThat(curation.articleIdsOf(Box.FEATURED_VIDEO)).containsExactly(video);
	}

	private MvcTestResult add(String box, long article) {
		return mvc.post()
			.uri("/newsroom/curation/" + box + "/add")
			.with(maryam)
			.with(csrf())
			.param("article", Long.toString(article))
			.param("version", Long.toString(curation.order(Box.valueOf(box)).version()))
			.exchange();
	}

	private long store(ArticleKind kind, String title, String body, Media media) {
		return imports.store(new NewArticle("culture", kind, null, title, "لید", body, new Source("خبر", null),
				Byline.NONE, List.of(), media, ArticleStatus.PUBLISHED, CommentSettings.DEFAULT,
				Instant.parse("2025-11-20T08:00:00Z"), null));
	}

	private String page(long id) {
		String location = mvc.get().uri("/news/" + id).exchange().getResponse().getHeader(HttpHeaders.LOCATION);
		return html(mvc.get().uri(URI.create(location)).exchange());
	}

	private static String html(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

}
