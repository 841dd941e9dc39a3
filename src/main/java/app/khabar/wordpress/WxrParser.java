package app.khabar.wordpress;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the pieces {@link WxrSplitter} cuts with StAX. Elements are recognised by their
 * namespace URI, never by their prefix: WordPress has written
 * {@code http://wordpress.org/export/1.0/} to {@code 1.2/} (and WordPress.com
 * {@code https://}), and a file may bind {@code wp} to anything. No DTD, no external
 * entity is ever read.
 */
final class WxrParser {

	/** The file is not a WordPress export at all. */
	static final class NotWxr extends Exception {

		NotWxr(String message) {
			super(message);
		}

	}

	private static final XMLInputFactory FACTORY = factory();

	private final String itemPrefix;

	private final String itemSuffix = "</channel></rss>";

	private WxrParser(String itemPrefix) {
		this.itemPrefix = itemPrefix;
	}

	/**
	 * Reads the header; the parser it returns reads the items with the header's namespace
	 * declarations.
	 */
	static WxrParser header(String header, Consumer<Wxr.Channel> channel) throws NotWxr {
		if (!header.contains("<rss") || !header.contains("wordpress.org/export/")) {
			throw new NotWxr("no <rss> element with WordPress's export namespace");
		}
		var declarations = new LinkedHashMap<String, String>();
		var authors = new ArrayList<Wxr.Author>();
		var categories = new ArrayList<Wxr.Term>();
		var tags = new ArrayList<Wxr.Term>();
		var fields = new LinkedHashMap<String, String>();
		boolean sawRss = false;
		try {
			XMLStreamReader r = FACTORY.createXMLStreamReader(new StringReader(header));
			try {
				while (r.hasNext()) {
					if (r.next() != XMLStreamConstants.START_ELEMENT) {
						continue;
					}
					String name = r.getLocalName();
					if (noNamespace(r) && ("rss".equals(name) || "channel".equals(name))) {
						sawRss |= "rss".equals(name);
						for (int i = 0; i < r.getNamespaceCount(); i++) {
							String uri = r.getNamespaceURI(i);
							if (uri != null && !uri.isEmpty()) {
								declarations.putIfAbsent(r.getNamespacePrefix(i) == null ? "" : r.getNamespacePrefix(i),
										uri);
							}
						}
						continue;
					}
					if (isWp(r) && "author".equals(name)) {
						Map<String, String> a = children(r);
						authors.add(new Wxr.Author(a.getOrDefault("author_login", ""),
								a.getOrDefault("author_email", ""), a.getOrDefault("author_display_name", ""),
								a.getOrDefault("author_first_name", ""), a.getOrDefault("author_last_name", "")));
					}
					else if (isWp(r) && "category".equals(name)) {
						Map<String, String> c = children(r);
						categories.add(new Wxr.Term(number(c.get("term_id")), c.getOrDefault("category_nicename", ""),
								c.getOrDefault("category_parent", ""), c.getOrDefault("cat_name", "")));
					}
					else if (isWp(r) && "tag".equals(name)) {
						Map<String, String> t = children(r);
						tags.add(new Wxr.Term(number(t.get("term_id")), t.getOrDefault("tag_slug", ""), "",
								t.getOrDefault("tag_name", "")));
					}
					else if (noNamespace(r) || isWp(r)) {
						String key = (isWp(r) ? "wp:" : "") + name;
						String text = elementText(r);
						fields.putIfAbsent(key, text);
					}
				}
			}
			finally {
				r.close();
			}
		}
		catch (XMLStreamException ex) {
			// the header ends where the first item begins: its open elements end the
			// parse
			if (!sawRss) {
				throw new NotWxr(String.valueOf(ex.getMessage()));
			}
		}
		if (!sawRss || declarations.values().stream().noneMatch(WxrParser::isWpNamespace)) {
			throw new NotWxr("no <rss> element with WordPress's export namespace");
		}
		channel.accept(new Wxr.Channel(fields.getOrDefault("title", ""), fields.getOrDefault("link", ""),
				fields.getOrDefault("wp:base_site_url", ""), fields.getOrDefault("wp:wxr_version", ""), authors,
				categories, tags));
		var prefix = new StringBuilder("<rss");
		declarations.forEach((p, uri) -> prefix.append(p.isEmpty() ? " xmlns" : " xmlns:" + p)
			.append("=\"")
			.append(uri.replace("&", "&amp;").replace("\"", "&quot;"))
			.append('"'));
		return new WxrParser(prefix.append("><channel>").toString());
	}

	/** One item's text, as the splitter cut it. */
	Wxr.Item item(int line, String text) throws XMLStreamException {
		XMLStreamReader r = FACTORY.createXMLStreamReader(new StringReader(itemPrefix + text + itemSuffix));
		try {
			while (r.hasNext()) {
				if (r.next() == XMLStreamConstants.START_ELEMENT && "item".equals(r.getLocalName())) {
					return readItem(line, r);
				}
			}
			throw new XMLStreamException("no <item>");
		}
		finally {
			r.close();
		}
	}

	private static Wxr.Item readItem(int line, XMLStreamReader r) throws XMLStreamException {
		var fields = new LinkedHashMap<String, String>();
		var terms = new ArrayList<Wxr.ItemTerm>();
		var meta = new LinkedHashMap<String, String>();
		var comments = new ArrayList<Wxr.Comment>();
		while (nextChild(r)) {
			String name = r.getLocalName();
			String ns = r.getNamespaceURI();
			if (isWp(r) && "postmeta".equals(name)) {
				Map<String, String> m = children(r);
				meta.putIfAbsent(m.getOrDefault("meta_key", ""), m.getOrDefault("meta_value", ""));
			}
			else if (isWp(r) && "comment".equals(name)) {
				Map<String, String> c = children(r);
				comments.add(new Wxr.Comment(number(c.get("comment_id")), c.getOrDefault("comment_author", ""),
						c.getOrDefault("comment_author_email", ""), c.getOrDefault("comment_author_url", ""),
						c.getOrDefault("comment_date", ""), c.getOrDefault("comment_date_gmt", ""),
						c.getOrDefault("comment_content", ""), c.getOrDefault("comment_approved", ""),
						c.getOrDefault("comment_type", ""), number(c.get("comment_parent"))));
			}
			else if (noNamespace(r) && "category".equals(name)) {
				String domain = attribute(r, "domain");
				String nicename = attribute(r, "nicename");
				terms.add(new Wxr.ItemTerm(domain.isEmpty() ? "category" : domain, nicename, elementText(r)));
			}
			else {
				String key = isWp(r) ? "wp:" + name : noNamespace(r) ? name : prefixOf(ns) + name;
				fields.putIfAbsent(key, elementText(r));
			}
		}
		return new Wxr.Item(line, get(fields, "title"), get(fields, "link"), get(fields, "pubDate"),
				get(fields, "dc:creator"), get(fields, "guid"), get(fields, "content:encoded"),
				get(fields, "excerpt:encoded"), number(fields.get("wp:post_id")), get(fields, "wp:post_date"),
				get(fields, "wp:post_date_gmt"), get(fields, "wp:comment_status"), get(fields, "wp:post_name"),
				get(fields, "wp:status"), number(fields.get("wp:post_parent")), get(fields, "wp:post_type"),
				"1".equals(get(fields, "wp:is_sticky")), get(fields, "wp:attachment_url"), terms, meta, comments);
	}

	private static String get(Map<String, String> fields, String key) {
		return fields.getOrDefault(key, "");
	}

	private static String prefixOf(String ns) {
		if (ns.contains("purl.org/rss/1.0/modules/content")) {
			return "content:";
		}
		if (ns.contains("purl.org/dc/elements")) {
			return "dc:";
		}
		if (ns.contains("wordpress.org/export/") && ns.endsWith("excerpt/")) {
			return "excerpt:";
		}
		return "{" + ns + "}";
	}

	/**
	 * The text of each WordPress child element of the current one (first of a name wins),
	 * nested elements such as {@code wp:commentmeta} skipped.
	 */
	private static Map<String, String> children(XMLStreamReader r) throws XMLStreamException {
		var values = new LinkedHashMap<String, String>();
		while (nextChild(r)) {
			if (isWp(r)) {
				String name = r.getLocalName();
				String text = elementText(r);
				values.putIfAbsent(name, text);
			}
			else {
				skip(r);
			}
		}
		return values;
	}

	/**
	 * The text of a leaf element (several CDATA sections joined); a nested element is
	 * skipped instead of failing, as an odd exporter may write one.
	 */
	private static String elementText(XMLStreamReader r) throws XMLStreamException {
		var text = new StringBuilder();
		int depth = 1;
		while (depth > 0) {
			int event = r.next();
			switch (event) {
				case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE,
						XMLStreamConstants.ENTITY_REFERENCE -> {
					if (depth == 1) {
						text.append(r.getText());
					}
				}
				case XMLStreamConstants.START_ELEMENT -> depth++;
				case XMLStreamConstants.END_ELEMENT -> depth--;
				default -> {
				}
			}
		}
		return text.toString();
	}

	/**
	 * Moves to the next child element of the current one: true there, false at the
	 * current one's end (stray text and comments in between are passed over).
	 */
	private static boolean nextChild(XMLStreamReader r) throws XMLStreamException {
		while (true) {
			int event = r.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				return true;
			}
			if (event == XMLStreamConstants.END_ELEMENT) {
				return false;
			}
		}
	}

	private static void skip(XMLStreamReader r) throws XMLStreamException {
		elementText(r);
	}

	private static String attribute(XMLStreamReader r, String name) {
		String value = r.getAttributeValue(null, name);
		return value == null ? "" : value;
	}

	private static boolean noNamespace(XMLStreamReader r) {
		String ns = r.getNamespaceURI();
		return ns == null || ns.isEmpty();
	}

	private static boolean isWp(XMLStreamReader r) {
		String ns = r.getNamespaceURI();
		return ns != null && isWpNamespace(ns);
	}

	private static boolean isWpNamespace(String ns) {
		return ns.matches("https?://wordpress\\.org/export/\\d+\\.\\d+/");
	}

	private static long number(@org.jspecify.annotations.Nullable String text) {
		if (text == null) {
			return 0;
		}
		try {
			return Long.parseLong(text.strip());
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	private static XMLInputFactory factory() {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_COALESCING, true);
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		try {
			factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		}
		catch (IllegalArgumentException ex) {
			// not every StAX implementation knows the property; SUPPORT_DTD already
			// refuses DTDs
		}
		return factory;
	}

}
