package app.khabar.web;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The text of (sanitized) HTML, for the search index and the newsroom's word diffs (and
 * its links made absolute, for feeds): block elements end a line and a blank line or more
 * becomes one, inline elements leave their text joined (a {@code <b>} inside a word must
 * not split it), character references are decoded, comments and scripts are not text.
 * Parsed by jsoup, as a browser would.
 */
public final class HtmlText {

	private static final Set<String> BLOCKS = Set.of("p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
			"ol", "blockquote", "figure", "figcaption", "table", "tr", "td", "th", "hr", "pre", "section", "article",
			"aside", "header", "footer", "dd", "dt");

	/**
	 * Lines that hold only whitespace (NBSP is text: it stands where a ZWNJ belongs in
	 * old Persian text).
	 */
	private static final Pattern BLANK_LINES = Pattern.compile("\n[\\s&&[^\u00A0]]*\n");

	private static final List<String> LINK_ATTRIBUTES = List.of("href", "src");

	private HtmlText() {
	}

	/**
	 * The same HTML with every link and image address absolute against {@code base}: a
	 * feed's content is read away from the site, and RSS has no {@code xml:base}.
	 * Addresses that cannot be resolved stay as they are.
	 */
	public static String withAbsoluteLinks(String html, String base) {
		Document document = Jsoup.parseBodyFragment(html, base);
		document.outputSettings().prettyPrint(false);
		for (Element element : document.body().select("[href], [src]")) {
			for (String attribute : LINK_ATTRIBUTES) {
				String absolute = element.absUrl(attribute);
				if (!absolute.isEmpty()) {
					element.attr(attribute, absolute);
				}
			}
		}
		for (Element element : document.body().select("[srcset]")) {
			element.attr("srcset",
					Arrays.stream(element.attr("srcset").split(","))
						.map(candidate -> absoluteCandidate(candidate.strip(), base))
						.collect(Collectors.joining(", ")));
		}
		return document.body().html();
	}

	/** One {@code srcset} candidate, {@code url [descriptor]}. */
	private static String absoluteCandidate(String candidate, String base) {
		int space = candidate.indexOf(' ');
		String url = space < 0 ? candidate : candidate.substring(0, space);
		try {
			return URI.create(base).resolve(url) + (space < 0 ? "" : candidate.substring(space));
		}
		catch (IllegalArgumentException ex) {
			return candidate;
		}
	}

	public static String plain(String html) {
		StringBuilder text = new StringBuilder(html.length());
		Jsoup.parseBodyFragment(html).body().traverse(new NodeVisitor() {

			@Override
			public void head(Node node, int depth) {
				if (node instanceof TextNode words) {
					text.append(words.getWholeText());
				}
				else if (depth > 0 && block(node)) {
					text.append('\n');
				}
			}

			@Override
			public void tail(Node node, int depth) {
				// a void element (br, hr) is one line end, as its one tag
				if (depth > 0 && block(node) && !((Element) node).tag().isEmpty()) {
					text.append('\n');
				}
			}

		});
		return BLANK_LINES.matcher(text).replaceAll("\n\n").strip();
	}

	private static boolean block(Node node) {
		return node instanceof Element element && BLOCKS.contains(element.normalName());
	}

}
