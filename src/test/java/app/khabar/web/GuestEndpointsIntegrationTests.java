package app.khabar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The guest endpoints the comment module declares, through the whole application: no CSRF
 * token, but a same-origin check that refuses another site's posts in Persian.
 */
@SpringBootTest(properties = "khabar.web.base-url=https://khabar.example")
@AutoConfigureMockMvc
class GuestEndpointsIntegrationTests {

	private static final String REFUSED = "این درخواست از بیرون این وبگاه فرستاده شده است و پذیرفته نشد.";

	@Autowired
	MockMvcTester mvc;

	static boolean opened(MvcTestResult result) {
		int status = result.getResponse().getStatus();
		return status != 401 && status != 403 && !(status / 100 == 3);
	}

	@Test
	void guestPostsFromAnotherSiteAreRefusedInPersian() throws Exception {
		var forged = mvc.post()
			.uri("/news/12/comments")
			.header("Host", "localhost")
			.header("Origin", "https://evil.example")
			.param("text", "نظر جعلی")
			.exchange();
		assertThat(forged).hasStatus(403);
		assertThat(forged.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains(REFUSED);

		assertThat(mvc.post().uri("/api/v1/comments/5/vote").header("Sec-Fetch-Site", "cross-site").exchange())
			.hasStatus(403);
		assertThat(mvc.post()
			.uri("/comments/5/vote")
			.header("Host", "localhost")
			.header("Referer", "https://evil.example/page")
			.exchange()).hasStatus(403);
		assertThat(mvc.post().uri("/api/v1/articles/12/comments").header("Origin", "null").exchange()).hasStatus(403);
	}

	@Test
	void guestPostsFromThisSiteNeedNoToken() {
		assertThat(opened(mvc.post()
			.uri("/news/12/comments")
			.header("Host", "localhost:8080")
			.header("Origin", "http://localhost:8080")
			.exchange())).isTrue();
		assertThat(opened(mvc.post().uri("/comments/5/vote").header("Sec-Fetch-Site", "same-origin").exchange()))
			.isTrue();
		// behind a proxy the Host differs, but the configured public origin is trusted
		assertThat(opened(mvc.post()
			.uri("/api/v1/comments/5/vote")
			.header("Host", "10.0.0.5:8080")
			.header("Origin", "https://khabar.example")
			.exchange())).isTrue();
		assertThat(opened(mvc.post()
			.uri("/comments/5/vote")
			.header("Host", "localhost")
			.header("Referer", "http://localhost/news/12/x")
			.exchange())).isTrue();
		// not a browser (no Origin, Referer or Sec-Fetch-Site): nobody's cookies are at
		// stake
		assertThat(opened(mvc.post().uri("/api/v1/articles/12/comments").exchange())).isTrue();
		assertThat(
				opened(mvc.get().uri("/api/v1/captcha/challenge").header("Origin", "https://evil.example").exchange()))
			.isTrue();
	}

}
