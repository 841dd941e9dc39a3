package app.khabar.wordpress;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A post's content as WordPress stores it, turned into the HTML WordPress would have
 * shown, before Khabar's sanitizer sees it: block comments ({@code <!-- wp:… -->}) out
 * with their HTML kept; a URL alone on its line, or in {@code [embed]}, becomes a frame
 * of an allowed video host (or a plain link); {@code [caption]} a figure with its
 * caption, {@code [gallery]} its images; any other shortcode is removed (its enclosed
 * text kept) and reported; classic posts (no blocks) get {@link Wpautop}'s paragraphs.
 */
final class WpContent {

	private static final Pattern BLOCK_COMMENT = Pattern.compile("<!--\\s*/?wp:.*?-->", Pattern.DOTALL);

	/** WordPress's teaser and page breaks: no place in an article page. */
	private static final Pattern MORE = Pattern.compile("<!--\\s*(?:more|nextpage|noteaser)\\b.*?-->", Pattern.DOTALL);

	/** The attributes that name the file of an {@code [audio]} or {@code [video]}. */
	private static final List<String> MEDIA_SOURCES = List.of("src", "mp3", "m4a", "ogg", "oga", "wav", "wma", "mp4",
			"m4v", "webm", "ogv", "wmv", "flv");

	private static final Pattern URL_LINE = Pattern.compile("(?m)^[ \\t]*(https?://[^\\s<>\"'\\[\\]]+)[ \\t]*$");

	/**
	 * A shortcode: {@code [name attrs]}, {@code [name attrs /]} or
	 * {@code [name attrs]content[/name]}; {@code [[name]]} is WordPress's escape for the
	 * literal text. Names are Latin, so bracketed Persian text is never taken for one.
	 */
	private static final Pattern SHORTCODE = Pattern.compile(
			"\\[(\\[?)([A-Za-z][\\w-]*)(?![\\w-])((?:[^\\]\\[/]|/(?!\\]))*)(?:(/)\\]|\\](?:((?:(?!\\[/\\2\\]).)*?)\\[/\\2\\])?)(\\]?)",
			Pattern.DOTALL);

	private static final Pattern ATTRIBUTE = Pattern
		.compile("([\\w-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s'\"]+))");

	private static final Pattern YOUTUBE = Pattern.compile(
			"https?://(?:www\\.|m\\.)?(?:youtube\\.com/watch\\?(?:[^#]*&)?v=|youtu\\.be/|youtube\\.com/embed/)([\\w-]{6,20}).*");

	private static final Pattern APARAT = Pattern
		.compile("https?://(?:www\\.)?aparat\\.com/(?:v/|video/video/embed/videohash/)([\\w-]+).*");

	private WpContent() {
	}

	/** The converted HTML and what it had that Khabar does not keep as it was. */
	record Converted(String html, List<String> removedShortcodes, List<String> refusedEmbeds) {
	}

	/**
	 * @param gallery the image addresses of a {@code [gallery]} (its {@code ids}, or the
	 * post's attachments when it has none)
	 * @param allowedEmbed the newsroom's video hosts
	 */
	static Converted convert(String content, Function<@Nullable String, List<String>> gallery,
			Predicate<String> allowedEmbed) {
		boolean blocks = content.contains("<!-- wp:");
		String html = content.replace("\r\n", "\n").replace('\r', '\n');
		html = BLOCK_COMMENT.matcher(html).replaceAll("");
		html = MORE.matcher(html).replaceAll(blocks ? "" : "\n\n");
		var removed = new ArrayList<String>();
		var refused = new ArrayList<String>();
		html = shortcodes(html, gallery, allowedEmbed, removed, refused);
		html = replace(URL_LINE, html, url -> embed(url.group(1), allowedEmbed, refused));
		if (!blocks) {
			html = Wpautop.apply(html);
		}
		return new Converted(html, List.copyOf(removed), List.copyOf(refused));
	}

	private static String shortcodes(String html, Function<@Nullable String, List<String>> gallery,
			Predicate<String> allowedEmbed, List<String> removed, List<String> refused) {
		return replace(SHORTCODE, html, code -> {
			if (!code.group(1).isEmpty() && !code.group(6).isEmpty()) {
				// [[name]]: the literal text, brackets once
				return code.group().substring(1, code.group().length() - 1);
			}
			String name = code.group(2).toLowerCase(java.util.Locale.ROOT);
			Map<String, String> attributes = attributes(code.group(3));
			String inner = code.group(5) == null ? "" : code.group(5);
			String result = switch (name) {
				case "caption", "wp_caption" -> caption(attributes, inner);
				case "gallery" -> gallery.apply(attributes.get("ids"))
					.stream()
					.map(src -> "<img src=\"" + attribute(src) + "\" alt=\"\">")
					.reduce("<figure>", String::concat) + "</figure>";
				case "embed" -> embed(inner.strip(), allowedEmbed, refused);
				case "audio", "video" -> media(attributes, inner, allowedEmbed, refused);
				default -> {
					removed.add(name);
					yield shortcodes(inner, gallery, allowedEmbed, removed, refused);
				}
			};
			return code.group(1) + result + code.group(6);
		});
	}

	/**
	 * {@code [caption]<img …> text[/caption]} (or {@code caption="text"}) as a figure:
	 * the image, and the rest as its caption.
	 */
	private static String caption(Map<String, String> attributes, String inner) {
		String text = inner.strip();
		Matcher image = Pattern.compile("^((?:<a [^>]*>\\s*)?<img [^>]*>(?:\\s*</a>)?)(.*)$", Pattern.DOTALL)
			.matcher(text);
		String picture = text;
		String caption = attributes.getOrDefault("caption", "");
		if (image.matches()) {
			picture = image.group(1);
			if (caption.isBlank()) {
				caption = image.group(2).strip();
			}
		}
		return "<figure>" + picture + (caption.isBlank() ? "" : "<figcaption>" + caption + "</figcaption>")
				+ "</figure>";
	}

	/**
	 * A video frame when the address is (or points to) an allowed host's player, else a
	 * link to it.
	 */
	private static String embed(String url, Predicate<String> allowedEmbed, List<String> refused) {
		String player = player(url);
		if (player != null && allowedEmbed.test(player)) {
			return "<iframe src=\"" + attribute(player) + "\"></iframe>";
		}
		refused.add(url);
		return "<a href=\"" + attribute(url) + "\">" + url.replace("&", "&amp;").replace("<", "&lt;") + "</a>";
	}

	/**
	 * {@code [audio mp3="…"]} or {@code [video src="…"]}: a video host's page as its
	 * frame, a file as a link to it (the body has no players of its own), reported.
	 */
	private static String media(Map<String, String> attributes, String inner, Predicate<String> allowedEmbed,
			List<String> refused) {
		String src = MEDIA_SOURCES.stream()
			.map(attributes::get)
			.filter(value -> value != null && !value.isBlank())
			.findFirst()
			.orElse(inner.strip());
		if (!src.startsWith("http://") && !src.startsWith("https://") && !src.startsWith("/")) {
			return "";
		}
		String player = player(src);
		if (player != null && !player.equals(src) && allowedEmbed.test(player)) {
			return "<iframe src=\"" + attribute(player) + "\"></iframe>";
		}
		refused.add(src);
		String name = src.substring(src.lastIndexOf('/') + 1);
		name = WxrImport.decode(name.isBlank() ? src : name);
		return "<a href=\"" + attribute(src) + "\">" + name.replace("&", "&amp;").replace("<", "&lt;") + "</a>";
	}

	/** The embeddable player of a video page, or null for other addresses. */
	static @Nullable String player(String url) {
		Matcher youtube = YOUTUBE.matcher(url);
		if (youtube.matches()) {
			return "https://www.youtube-nocookie.com/embed/" + youtube.group(1);
		}
		Matcher aparat = APARAT.matcher(url);
		if (aparat.matches()) {
			return "https://www.aparat.com/video/video/embed/videohash/" + aparat.group(1) + "/vt/frame";
		}
		return url.startsWith("https://") ? url : null;
	}

	private static Map<String, String> attributes(String text) {
		var attributes = new java.util.LinkedHashMap<String, String>();
		Matcher m = ATTRIBUTE.matcher(text);
		while (m.find()) {
			String value = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
			attributes.putIfAbsent(m.group(1).toLowerCase(java.util.Locale.ROOT), value);
		}
		return attributes;
	}

	private static String attribute(String value) {
		return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
	}

	private static String replace(Pattern pattern, String text, Function<Matcher, String> replacement) {
		Matcher m = pattern.matcher(text);
		var out = new StringBuilder(text.length());
		while (m.find()) {
			m.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(m)));
		}
		m.appendTail(out);
		return out.toString();
	}

}
