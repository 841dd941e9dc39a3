package app.khabar.feed;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Feeds and sitemaps as a namespace-aware XML parser reads them, for the tests: a
 * document that is not well-formed fails the test.
 */
final class Xml {

	static final String RSS_CONTENT = "http://purl.org/rss/1.0/modules/content/";

	static final String MEDIA_RSS = "http://search.yahoo.com/mrss/";

	static final String ATOM = "http://www.w3.org/2005/Atom";

	static final String DC = "http://purl.org/dc/elements/1.1/";

	static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

	private Xml() {
	}

	static Document parse(byte[] bytes) {
		try {
			var factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
		}
		catch (Exception ex) {
			throw new AssertionError("not well-formed XML: " + ex.getMessage(), ex);
		}
	}

	/**
	 * The descendants of {@code parent} with this namespace ({@code ""} for none) and
	 * name.
	 */
	static List<Element> all(org.w3c.dom.Node parent, String namespace, String name) {
		NodeList nodes = parent instanceof Document document ? document.getElementsByTagNameNS(ns(namespace), name)
				: ((Element) parent).getElementsByTagNameNS(ns(namespace), name);
		List<Element> elements = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			elements.add((Element) nodes.item(i));
		}
		return elements;
	}

	/** The text of the first such descendant, or null. */
	static String text(org.w3c.dom.Node parent, String namespace, String name) {
		List<Element> found = all(parent, namespace, name);
		return found.isEmpty() ? null : found.getFirst().getTextContent();
	}

	private static String ns(String namespace) {
		return namespace.isEmpty() ? null : namespace;
	}

}
