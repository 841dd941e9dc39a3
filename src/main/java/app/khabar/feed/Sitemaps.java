package app.khabar.feed;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.stereotype.Service;

import app.khabar.article.ArticleCatalog;
import app.khabar.article.AuthorDirectory;
import app.khabar.article.AuthorProfile;
import app.khabar.article.PublishedArticle;
import app.khabar.article.PublishedMonth;
import app.khabar.article.Section;
import app.khabar.article.TagUse;
import app.khabar.live.LiveStreams;
import app.khabar.web.JsonLd;
import app.khabar.web.SiteAddress;
import app.khabar.web.Ui;

/**
 * The sitemaps (sitemaps.org 0.9), written with {@link XMLStreamWriter}: an index of one
 * sitemap per month of publication (Gregorian months in Iran time, named with Latin
 * digits, e.g. {@code /sitemaps/2026-12.xml}, each with the time of its last change) plus
 * one of the home page and sections; and the Google News sitemap of the last 48 hours.
 * Only published articles are listed: a retracted one leaves at once.
 */
@Service
public class Sitemaps {

	static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

	static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";

	/** sitemaps.org's limit of URLs in one sitemap. */
	static final int MAX_URLS = 50_000;

	/** Google News' limits: articles of the last two days, at most 1,000. */
	static final Duration NEWS_WINDOW = Duration.ofHours(48);

	static final int MAX_NEWS = 1_000;

	/** How many tags or authors their sitemaps list at most. */
	static final int MAX_LISTED = 5_000;

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM");

	private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

	private final ArticleCatalog catalog;

	private final SiteAddress site;

	private final Ui ui;

	private final Clock clock;

	private final AuthorDirectory authors;

	private final LiveStreams live;

	Sitemaps(ArticleCatalog catalog, AuthorDirectory authors, SiteAddress site, Ui ui, Clock clock, LiveStreams live) {
		this.live = live;
		this.catalog = catalog;
		this.authors = authors;
		this.site = site;
		this.ui = ui;
		this.clock = clock;
	}

	/** The path of a month's sitemap, e.g. {@code /sitemaps/2026-12.xml}. */
	public static String monthPath(YearMonth month) {
		return "/sitemaps/" + MONTH.format(month) + ".xml";
	}

	/**
	 * The month a sitemap name stands for ({@code 2026-12}); empty for any other text.
	 */
	public static Optional<YearMonth> month(String name) {
		if (!name.matches("[0-9]{4}-(0[1-9]|1[0-2])")) {
			return Optional.empty();
		}
		return Optional.of(YearMonth.parse(name, MONTH));
	}

	/** {@code /sitemap.xml}: the sections' sitemap and one per month, newest first. */
	public byte[] index() {
		return write(xml -> {
			xml.writeStartElement("sitemapindex");
			xml.writeDefaultNamespace(SITEMAP_NS);
			for (String listing : List.of("sections", "tags", "authors")) {
				xml.writeStartElement("sitemap");
				element(xml, "loc", site.absolute("/sitemaps/" + listing + ".xml"));
				xml.writeEndElement();
			}
			Map<YearMonth, Instant> liveMonths = liveUpdatesByMonth();
			for (PublishedMonth month : catalog.publishedMonths(JsonLd.ZONE)) {
				Instant entry = liveMonths.get(month.month());
				Instant lastModified = entry != null && entry.isAfter(month.lastModified()) ? entry
						: month.lastModified();
				xml.writeStartElement("sitemap");
				element(xml, "loc", site.absolute(monthPath(month.month())));
				element(xml, "lastmod", JsonLd.dateTime(lastModified));
				xml.writeEndElement();
			}
			xml.writeEndElement();
		});
	}

	/** The home page and every section front. */
	public byte[] sections() {
		return write(xml -> {
			urlset(xml, false);
			url(xml, "/");
			for (Section section : catalog.sections()) {
				url(xml, "/service/" + section.slug());
			}
			xml.writeEndElement();
		});
	}

	/**
	 * The pages of the tags of published articles, the most recently used first (at most
	 * {@value #MAX_LISTED}), each with the time of its newest article.
	 */
	public byte[] tags() {
		return write(xml -> {
			urlset(xml, false);
			for (TagUse use : catalog.tags(MAX_LISTED)) {
				xml.writeStartElement("url");
				element(xml, "loc", site.absoluteEncoded(use.tag().path()));
				element(xml, "lastmod", JsonLd.dateTime(use.lastPublishedAt()));
				xml.writeEndElement();
			}
			xml.writeEndElement();
		});
	}

	/**
	 * The pages of the authors with published articles (at most {@value #MAX_LISTED}).
	 */
	public byte[] authors() {
		return write(xml -> {
			urlset(xml, false);
			for (AuthorProfile author : authors.withPublishedArticles(MAX_LISTED)) {
				xml.writeStartElement("url");
				element(xml, "loc", site.absoluteEncoded(author.path()));
				xml.writeEndElement();
			}
			xml.writeEndElement();
		});
	}

	/** The articles published in a month, newest first; empty when it has none. */
	public Optional<byte[]> month(YearMonth month) {
		Instant from = month.atDay(1).atStartOfDay(JsonLd.ZONE).toInstant();
		Instant to = month.plusMonths(1).atDay(1).atStartOfDay(JsonLd.ZONE).toInstant();
		List<PublishedArticle> articles = catalog.publicationsBetween(from, to, MAX_URLS);
		if (articles.isEmpty()) {
			return Optional.empty();
		}
		Map<Long, Instant> liveUpdates = live.lastUpdates();
		return Optional.of(write(xml -> {
			urlset(xml, false);
			for (PublishedArticle article : articles) {
				xml.writeStartElement("url");
				element(xml, "loc", site.absolute(article.path()));
				element(xml, "lastmod", JsonLd.dateTime(lastChange(article, liveUpdates)));
				xml.writeEndElement();
			}
			xml.writeEndElement();
		}));
	}

	/**
	 * {@code /news-sitemap.xml}: the last 48 hours' articles in Google News' format, and
	 * live pages updated in them, however long ago they began.
	 */
	public byte[] news() {
		Instant now = clock.instant();
		// a minute ahead: an article published this very second is in
		List<PublishedArticle> articles = new ArrayList<>(
				catalog.publicationsBetween(now.minus(NEWS_WINDOW), now.plusSeconds(60), MAX_NEWS));
		Map<Long, Instant> liveUpdates = live.lastUpdates();
		liveUpdates.forEach((id, updated) -> {
			if (updated.isAfter(now.minus(NEWS_WINDOW)) && articles.stream().noneMatch(a -> a.id() == id)) {
				catalog.findPublished(id)
					.filter(a -> a.publishedAt() != null)
					.ifPresent(a -> articles
						.add(new PublishedArticle(a.id(), a.slug(), a.title(), a.publishedAt(), a.updatedAt())));
			}
		});
		return write(xml -> {
			urlset(xml, true);
			for (PublishedArticle article : articles) {
				xml.writeStartElement("url");
				element(xml, "loc", site.absolute(article.path()));
				xml.writeStartElement(NEWS_NS, "news");
				xml.writeStartElement(NEWS_NS, "publication");
				newsElement(xml, "name", ui.t("site.name"));
				newsElement(xml, "language", "fa");
				xml.writeEndElement();
				newsElement(xml, "publication_date", JsonLd.dateTime(article.publishedAt()));
				newsElement(xml, "title", article.title());
				xml.writeEndElement();
				xml.writeEndElement();
			}
			xml.writeEndElement();
		});
	}

	/**
	 * The newest live entry of the pages published in each month: a month's sitemap
	 * changes when one of its live pages does, however long ago the page began.
	 */
	private Map<YearMonth, Instant> liveUpdatesByMonth() {
		Map<YearMonth, Instant> months = new HashMap<>();
		live.lastUpdates()
			.forEach((id, updated) -> catalog.findPublished(id)
				.map(article -> article.publishedAt())
				.filter(java.util.Objects::nonNull)
				.ifPresent(published -> months.merge(YearMonth.from(published.atZone(JsonLd.ZONE)), updated,
						(a, b) -> a.isAfter(b) ? a : b)));
		return months;
	}

	/** An edit, a correction or, on a live page, its newest entry. */
	private static Instant lastChange(PublishedArticle article, Map<Long, Instant> liveUpdates) {
		Instant entry = liveUpdates.get(article.id());
		return entry != null && entry.isAfter(article.updatedAt()) ? entry : article.updatedAt();
	}

	private void url(XMLStreamWriter xml, String path) throws XMLStreamException {
		xml.writeStartElement("url");
		element(xml, "loc", site.absolute(path));
		xml.writeEndElement();
	}

	private static void urlset(XMLStreamWriter xml, boolean news) throws XMLStreamException {
		xml.writeStartElement("urlset");
		xml.writeDefaultNamespace(SITEMAP_NS);
		if (news) {
			xml.writeNamespace("news", NEWS_NS);
		}
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private static void newsElement(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(NEWS_NS, name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private interface Body {

		void write(XMLStreamWriter xml) throws XMLStreamException;

	}

	private static byte[] write(Body body) {
		var out = new ByteArrayOutputStream(16 * 1024);
		try {
			XMLStreamWriter xml = XML.createXMLStreamWriter(out, "UTF-8");
			xml.setPrefix("news", NEWS_NS);
			xml.setDefaultNamespace(SITEMAP_NS);
			xml.writeStartDocument("UTF-8", "1.0");
			body.write(xml);
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toByteArray();
	}

}
