package app.khabar.newsroom.web;

import static app.khabar.account.StaffLogins.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import app.khabar.account.AccountManagement;
import app.khabar.account.NewAccount;
import app.khabar.account.Role;
import app.khabar.article.ArticleDesk;
import app.khabar.article.ArticleImport;
import app.khabar.article.AuthorDirectory;
import app.khabar.article.AuthorProfile;
import app.khabar.article.BylineAuthor;
import app.khabar.media.TestImages;
import app.khabar.web.Notice;

/**
 * The editor's byline (the writer by default, other staff chosen, a free text) and the
 * staff's own public profile form.
 */
@SpringBootTest(properties = "khabar.newsroom.scheduled-publishing=false")
@AutoConfigureMockMvc
class BylineEditorIntegrationTests {

	static final RequestPostProcessor sara = staff("sara", Role.REPORTER);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ArticleImport imports;

	@Autowired
	ArticleDesk desk;

	@Autowired
	AuthorDirectory authors;

	@Autowired
	AccountManagement accounts;

	long politics;

	@BeforeEach
	void sectionAndAColleague() {
		politics = imports.ensureSection("politics", "سیاسی").id();
		if (accounts.all().stream().noneMatch(a -> a.username().equals("omid"))) {
			accounts.create(new NewAccount("omid", "امید توکلی", "a-long-one-time-password", Set.of(Role.REPORTER)));
		}
	}

	@Test
	void theWriterIsTheDefaultAuthorAndCanAddAColleague() throws Exception {
		String form = html(mvc.get().uri("/newsroom/articles/new").with(sara).exchange());
		AuthorProfile me = authors.ofStaff("sara").orElseThrow();
		AuthorProfile omid = authors.ofStaff("omid").orElseThrow();
		assertThat(omid.name()).isEqualTo("امید توکلی");
		assertThat(form).contains("<option value=\"" + me.id() + "\" selected>")
			.contains("<option value=\"" + omid.id() + "\">امید توکلی</option>")
			.contains("name=\"byline\"");

		MvcTestResult created = newArticle("نشست شورای شهر دربارهٔ بودجه").param("body", "<p>متن</p>")
			.param("authors", Long.toString(me.id()), Long.toString(omid.id()), "")
			.param("byline", "خبرنگار اعزامی")
			.exchange();
		assertThat(created).hasStatus(303);
		long id = Long.parseLong(created.getResponse().getHeader(HttpHeaders.LOCATION).split("/")[3]);
		var byline = desk.find(id).orElseThrow().article().byline();
		assertThat(byline.authors()).extracting(BylineAuthor::handle).containsExactly("sara", "omid");
		assertThat(byline.text()).isEqualTo("خبرنگار اعزامی");

		String edit = html(mvc.get().uri("/newsroom/articles/" + id + "/edit").with(sara).exchange());
		assertThat(edit).contains("id=\"author-1\"", "value=\"خبرنگار اعزامی\"");
		assertThat(edit.indexOf("<option value=\"" + omid.id() + "\" selected>"))
			.isGreaterThan(edit.indexOf("id=\"author-1\""));
	}

	@Test
	void aTooLongBylineTextIsRefusedInPersian() throws Exception {
		MvcTestResult result = newArticle("تیتر").param("byline", "ب".repeat(121)).exchange();
		assertThat(result).hasStatus(422);
		assertThat(html(result)).contains("byline-error");
		MvcTestResult junk = newArticle("تیتر").param("authors", "abc", "99999999999999999999999").exchange();
		assertThat(junk.getResponse().getStatus()).isBetween(400, 499);
	}

	@Test
	void aStaffMemberEditsTheirPublicProfileWithAPhoto() throws Exception {
		String form = html(mvc.get().uri("/newsroom/profile").with(sara).exchange());
		AuthorProfile before = authors.ofStaff("sara").orElseThrow();
		assertThat(form).contains("enctype=\"multipart/form-data\"", "/author/sara");
		// a Latin path in a Persian line: left to right, or it shows as «author/sara/»
		assertThat(form).contains("<a href=\"/author/sara\" dir=\"ltr\">/author/sara</a>");

		var photo = new MockMultipartFile("photo", "me.jpg", "image/jpeg", TestImages.jpeg(400, 400));
		MvcTestResult saved = mvc.post()
			.uri("/newsroom/profile")
			.multipart()
			.file(photo)
			.with(sara)
			.with(csrf())
			.param("version", Long.toString(before.version()))
			.param("name", "سارا محمدی")
			.param("bio", "خبرنگار گروه سیاسی؛ مجلس و دولت را دنبال می‌کند.")
			.exchange();
		assertThat(saved).hasStatus(303);
		assertThat(saved.getMvcResult().getFlashMap().get(Notice.ATTRIBUTE))
			.isEqualTo(new Notice("newsroom.profile.saved", java.util.List.of(), false));
		AuthorProfile after = authors.ofStaff("sara").orElseThrow();
		assertThat(after.name()).isEqualTo("سارا محمدی");
		assertThat(after.photoRef()).startsWith("/media/");

		String page = html(mvc.get().uri("/author/sara").exchange());
		assertThat(page).contains("سارا محمدی", "مجلس و دولت را دنبال می‌کند", "class=\"author-photo\"");

		MvcTestResult stale = mvc.post()
			.uri("/newsroom/profile")
			.with(sara)
			.with(csrf())
			.param("version", Long.toString(before.version()))
			.param("name", "نام دیگر")
			.exchange();
		assertThat(stale).hasStatus(303);
		assertThat(((Notice) stale.getMvcResult().getFlashMap().get(Notice.ATTRIBUTE)).error()).isTrue();
		assertThat(authors.ofStaff("sara").orElseThrow().name()).isEqualTo("سارا محمدی");
	}

	@Test
	void readersCannotReachTheProfileForm() {
		assertThat(mvc.get().uri("/newsroom/profile")).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/newsroom/profile").with(staff("mod", Role.MODERATOR))).hasStatus(403);
	}

	/** Sara's form for a new article, with the fields every save needs. */
	private MockMvcTester.MockMvcRequestBuilder newArticle(String title) {
		return mvc.post()
			.uri("/newsroom/articles")
			.with(sara)
			.with(csrf())
			.param("version", "0")
			.param("section", Long.toString(politics))
			.param("kind", "STORY")
			.param("title", title);
	}

	private static String html(MvcTestResult result) throws Exception {
		assertThat(result.getResponse().getStatus()).isLessThan(500);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
