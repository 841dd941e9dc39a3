package app.khabar.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TagTests {

	@Test
	void everySpellingOfATagHasOneKey() {
		String key = Tag.key("همکاری‌ها");
		assertThat(List.of("همکاریها", "همکاری ها", "همکاری-ها", "همكاري‌ها", " همکاری‌ها "))
			.allSatisfy(spelling -> assertThat(Tag.key(spelling)).as(spelling).isEqualTo(key));
		assertThat(Tag.key("همکاری")).isNotEqualTo(key);
	}

	@Test
	void theUrlSegmentOfATagFindsTheTag() {
		for (String name : List.of("همکاری‌ها", "بین‌المللی", "کووید-۱۹", "C++ و جاوا", "آب و هوا", "a/b?c#d",
				"جام جهانی ۲۰۲۶", "خانهٔ سینما")) {
			String segment = Tag.segment(name);
			assertThat(segment).as(name).doesNotContain("/", "?", "#", " ").isNotEmpty();
			assertThat(Tag.key(segment)).as(name).isEqualTo(Tag.key(name));
		}
		assertThat(Tag.segment("همکاری‌ها")).isEqualTo("همکاری‌ها");
		assertThat(Tag.segment("جام جهانی")).isEqualTo("جام-جهانی");
		assertThat(Tag.pathOf("جام جهانی")).isEqualTo("/tag/جام-جهانی");
	}

	@Test
	void storedTagsAreOnePerKey() {
		assertThat(Tags.clean(List.of("همکاری‌ها", "همکاریها", " ", "انرژی", "همکاری ها"))).containsExactly("همکاری‌ها",
				"انرژی");
	}

}
