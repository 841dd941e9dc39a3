package app.khabar.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import gg.jte.Content;
import gg.jte.TemplateOutput;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * A block of structured data (schema.org JSON-LD) in a page's head, written by Jackson
 * from maps and lists. It is safe to embed whatever the text: {@code <}, {@code >},
 * {@code &} and the JavaScript line separators are written as {@code \\uXXXX} escapes, so
 * a title holding {@code </script>} or {@code <!--} cannot end the script element.
 */
public final class JsonLd implements Content {

	/** Iran time, the offset dates are written with (+03:30). */
	public static final ZoneId ZONE = ZoneId.of("Asia/Tehran");

	private static final JsonMapper JSON = JsonMapper
		.builder(JsonFactory.builder().characterEscapes(new ScriptSafe()).build())
		.build();

	private final String json;

	private JsonLd(String json) {
		this.json = json;
	}

	/**
	 * A JSON-LD block of this object (string keys; values strings, numbers, booleans,
	 * maps and lists), with {@code @context} set to schema.org if it has none.
	 */
	public static JsonLd of(Map<String, ?> data) {
		Map<Object, @Nullable Object> withContext = new LinkedHashMap<>();
		withContext.put("@context", "https://schema.org");
		withContext.putAll((Map<?, ?>) ordered(data));
		return new JsonLd(JSON.writeValueAsString(withContext));
	}

	/**
	 * The same object with every map in a fixed order: a map that keeps one (linked,
	 * sorted) as it is, any other ({@code Map.of}, whose order changes from one JVM to
	 * the next) sorted by key. So a page is the same bytes on every node and after every
	 * restart: the same ETag, and a restored site gives the same pages.
	 */
	private static @Nullable Object ordered(@Nullable Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<Object, @Nullable Object> copy = map instanceof LinkedHashMap || map instanceof SortedMap
					? new LinkedHashMap<>() : new TreeMap<>();
			map.forEach((key, item) -> copy.put(key, ordered(item)));
			return copy;
		}
		if (value instanceof List<?> list) {
			return list.stream().map(JsonLd::ordered).toList();
		}
		return value;
	}

	/**
	 * An ISO 8601 time with Iran's offset, to the second, e.g.
	 * {@code 2023-06-06T09:30:00+03:30}.
	 */
	public static String dateTime(Instant instant) {
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(ZONE));
	}

	/** The JSON text. */
	public String json() {
		return json;
	}

	@Override
	public void writeTo(TemplateOutput output) {
		output.writeContent("<script type=\"application/ld+json\">");
		output.writeContent(json);
		output.writeContent("</script>");
	}

	/** JSON's own escapes plus {@code < > &} and U+2028/U+2029 as \\u escapes. */
	private static final class ScriptSafe extends CharacterEscapes {

		private static final int[] ASCII = standardAsciiEscapesForJSON();

		static {
			ASCII['<'] = ESCAPE_STANDARD;
			ASCII['>'] = ESCAPE_STANDARD;
			ASCII['&'] = ESCAPE_STANDARD;
		}

		@Override
		public int[] getEscapeCodesForAscii() {
			return ASCII;
		}

		@Override
		public @Nullable SerializableString getEscapeSequence(int ch) {
			return switch (ch) {
				case 0x2028 -> new SerializedString("\\u2028");
				case 0x2029 -> new SerializedString("\\u2029");
				default -> null;
			};
		}

	}

}
