package app.khabar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import gg.jte.output.StringOutput;
import tools.jackson.databind.json.JsonMapper;

class JsonLdTests {

	@Test
	void writesTextThatCannotLeaveItsScriptElement() {
		String headline = "رقابت‌ها </script><script>alert(1)</script> <!-- & \u2028\u2029 پایان";
		JsonLd block = JsonLd.of(Map.of("@type", "NewsArticle", "headline", headline, "keywords", List.of("<b>")));

		var html = new StringOutput();
		block.writeTo(html);

		assertThat(html.toString()).startsWith("<script type=\"application/ld+json\">").endsWith("</script>");
		String json = block.json();
		assertThat(json).doesNotContain("<", ">", "&", "\u2028", "\u2029")
			.contains("\\u003C/script\\u003E", "\\u003C!--", "\\u0026", "\\u2028", "\\u2029");
		var parsed = JsonMapper.builder().build().readTree(json);
		assertThat(parsed.get("@context").asString()).isEqualTo("https://schema.org");
		assertThat(parsed.get("headline").asString()).isEqualTo(headline);
		assertThat(parsed.get("keywords").get(0).asString()).isEqualTo("<b>");
	}

	@Test
	void writesMapsWithoutAnOrderOfTheirOwnSortedSoEveryJvmWritesTheSameBytes() {
		// Map.of iterates in an order that changes from one JVM to the next
		JsonLd block = JsonLd.of(Map.of("@type", "WebSite", "url", "https://khabar.example/", "name", "خبر",
				"inLanguage", "fa", "target", Map.of("urlTemplate", "/search?q={q}", "@type", "EntryPoint"), "keywords",
				List.of(Map.of("b", 2, "a", 1))));

		assertThat(block.json())
			.isEqualTo("{\"@context\":\"https://schema.org\",\"@type\":\"WebSite\",\"inLanguage\":\"fa\","
					+ "\"keywords\":[{\"a\":1,\"b\":2}],\"name\":\"خبر\",\"target\":{\"@type\":\"EntryPoint\","
					+ "\"urlTemplate\":\"/search?q={q}\"},\"url\":\"https://khabar.example/\"}");
	}

	@Test
	void writesTimesWithIransOffset() {
		assertThat(JsonLd.dateTime(Instant.parse("2023-06-06T06:00:00.123Z"))).isEqualTo("2023-06-06T09:30:00+03:30");
		assertThat(JsonLd.dateTime(Instant.parse("2026-12-01T21:00:00Z"))).isEqualTo("2026-12-02T00:30:00+03:30");
	}

}
