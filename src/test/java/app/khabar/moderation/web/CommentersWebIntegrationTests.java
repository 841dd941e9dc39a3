package app.khabar.moderation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import app.khabar.account.Role;
import app.khabar.account.StaffMember;
import app.khabar.comment.CommentReview;
import app.khabar.moderation.DeskFixtures;

/**
 * The admin's commenter page through the real security chain and templates: only admins
 * open it, and erasing asks for the admin's confirmation, which the server checks too.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(DeskFixtures.class)
class CommentersWebIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	DeskFixtures fixtures;

	@Autowired
	CommentReview comments;

	Cookie signIn(StaffMember member) {
		var login = mvc.post()
			.uri("/login")
			.param("username", member.username())
			.param("password", DeskFixtures.PASSWORD)
			.with(csrf())
			.exchange();
		assertThat(login).hasStatus3xxRedirection();
		return login.getResponse().getCookie("SESSION");
	}

	@Test
	void erasingNeedsTheAdminsConfirmation() throws Exception {
		String name = DeskFixtures.unique("نظردهنده ");
		long article = fixtures.article(DeskFixtures.unique("commenters"), "خبری برای داده‌های نظردهنده");
		long comment = fixtures.pending(article, name, "متنی که باید پاک شود", Instant.now());
		Cookie admin = signIn(fixtures.staff("مدیر سامانه", Role.ADMIN));
		Cookie moderator = signIn(fixtures.moderator("ناظر نظرات"));

		assertThat(mvc.get().uri("/admin/commenters").cookie(moderator)).hasStatus(403);
		var found = mvc.post()
			.uri("/admin/commenters")
			.param("by", "NAME")
			.param("key", name)
			.cookie(admin)
			.with(csrf())
			.exchange();
		assertThat(found).hasStatusOk();
		assertThat(found.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("متنی که باید پاک شود",
				"name=\"confirm\"", "می‌دانم که پاک کردن برگشت‌پذیر نیست");

		var unconfirmed = mvc.post()
			.uri("/admin/commenters/erase")
			.param("by", "NAME")
			.param("key", name)
			.cookie(admin)
			.with(csrf())
			.exchange();
		assertThat(unconfirmed).hasStatus(303).flash().containsKey("notice");
		assertThat(comments.find(comment).orElseThrow().text()).isEqualTo("متنی که باید پاک شود");

		var confirmed = mvc.post()
			.uri("/admin/commenters/erase")
			.param("by", "NAME")
			.param("key", name)
			.param("confirm", "yes")
			.cookie(admin)
			.with(csrf())
			.exchange();
		assertThat(confirmed).hasStatus(303);
		assertThat(comments.find(comment).orElseThrow().text()).isEqualTo("[حذف شد]");
	}

}
