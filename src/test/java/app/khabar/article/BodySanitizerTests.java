package app.khabar.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class BodySanitizerTests {

	final VideoEmbeds embeds = new VideoEmbeds(List.of("www.aparat.com"));

	@Test
	void keepsAVideoFrameFromAnAllowedHostSandboxed() {
		String body = BodySanitizer.sanitize(
				"<p>گزارش ویدیویی</p><iframe src=\"https://www.aparat.com/video/video/embed/videohash/abc\" sandbox=\"allow-top-navigation\" onload=\"x()\"></iframe>",
				embeds::allowedEmbed);
		assertThat(body).contains("src=\"https://www.aparat.com/video/video/embed/videohash/abc\"")
			.contains("sandbox=\"allow-scripts allow-same-origin allow-presentation\"")
			.contains("referrerpolicy=\"no-referrer\"")
			.doesNotContain("allow-top-navigation", "onload");
	}

	@Test
	void dropsFramesFromAnyOtherHostOrScheme() {
		for (String src : List.of("https://evil.example/embed", "http://www.aparat.com/embed", "javascript:alert(1)",
				"https://www.aparat.com.evil.example/x", "https://user@www.aparat.com/x")) {
			String body = BodySanitizer.sanitize("<p>متن</p><iframe src=\"" + src + "\"></iframe>",
					embeds::allowedEmbed);
			assertThat(body).as(src).isEqualTo("<p>متن</p>");
		}
	}

	@Test
	void withoutAnAllowListNoFrameSurvives() {
		assertThat(BodySanitizer.sanitize("<iframe src=\"https://www.aparat.com/x\"></iframe><p>متن</p>"))
			.isEqualTo("<p>متن</p>");
	}

}
