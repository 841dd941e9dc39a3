package app.khabar.article;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The only way rich text becomes an article body: editors' HTML is reduced to a small safe vocabulary (no scripts,
 * event handlers, styles or foreign frames), so templates may print a stored body as it is.
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

	/** Plain text as paragraphs of a body: escaped, one {@code <p>} per non-blank line. */
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
