package app.khabar.article;

import java.util.List;
import java.util.function.Predicate;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The only way rich text becomes an article body: editors' HTML is reduced to a small
 * safe vocabulary (no scripts, event handlers, styles or foreign frames), so templates
 * may print a stored body as it is.
 */
public final class BodySanitizer {

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "br", "h2", "h3", "h4", "strong", "b", "em", "i", "u", "ul", "ol", "li", "blockquote",
				"figure", "figcaption", "hr", "sub", "sup")
		.allowElements("a")
		.allowAttributes("href")
		.onElements("a")
		.allowStandardUrlProtocols()
		.requireRelsOnLinks("noopener", "nofollow")
		.allowElements("img")
		.allowAttributes("src", "alt", "srcset", "sizes", "width", "height")
		.onElements("img")
		.allowAttributes("dir")
		.globally()
		.toFactory();

	private BodySanitizer() {
	}

	public static String sanitize(String html) {
		return POLICY.sanitize(html);
	}

	/**
	 * Like {@link #sanitize(String)}, and keeps a video frame whose address
	 * {@code allowedEmbed} accepts (the newsroom's allow-list of video hosts), always
	 * sandboxed, without referrer, lazily loaded; any other frame is dropped.
	 */
	public static String sanitize(String html, Predicate<String> allowedEmbed) {
		PolicyFactory embeds = new HtmlPolicyBuilder().allowElements((element, attributes) -> {
			int src = attributes.indexOf("src");
			if (src < 0 || src % 2 != 0 || !allowedEmbed.test(attributes.get(src + 1))) {
				return null;
			}
			String address = attributes.get(src + 1);
			attributes.clear();
			attributes.addAll(List.of("src", address, "sandbox", "allow-scripts allow-same-origin allow-presentation",
					"referrerpolicy", "no-referrer", "loading", "lazy", "allowfullscreen", "allowfullscreen"));
			return element;
		}, "iframe")
			.allowAttributes("src", "sandbox", "referrerpolicy", "loading", "allowfullscreen")
			.onElements("iframe")
			.allowStandardUrlProtocols()
			.toFactory();
		return POLICY.and(embeds).sanitize(html);
	}

	/**
	 * Plain text as paragraphs of a body: escaped, one {@code
	 *
	<p>
	 * } per non-blank line.
	 */
	public static String paragraphs(String text) {
		var body = new StringBuilder();
		for (String line : text.split("\n")) {
			if (!line.isBlank()) {
				body.append("<p>").append(escape(line.strip())).append("</p>\n");
			}
		}
		return body.toString();
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
