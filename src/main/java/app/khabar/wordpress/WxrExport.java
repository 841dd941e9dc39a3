package app.khabar.wordpress;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import app.khabar.article.Article;
import app.khabar.article.ArticleCatalog;
import app.khabar.article.ArticleStatus;
import app.khabar.article.BylineAuthor;
import app.khabar.article.Media;
import app.khabar.article.Section;
import app.khabar.comment.CommentExport;
import app.khabar.comment.CommentStatus;
import app.khabar.feed.Box;
import app.khabar.feed.Curation;

/**
 * Writes the whole site as a WordPress export (WXR 1.2), the format WordPress's importer
 * reads: sections as categories (with their parents' order kept flat, Khabar's sections
 * have none), tags, the bylines' authors, every article as a post with its section, tags,
 * first author ({@code dc:creator}), lead as excerpt, kicker and source as post meta (the
 * first of the keys the import reads), featured image as an attachment
 * ({@code _thumbnail_id}), and its published and held comments with their threads.
 * Written as a stream through StAX, a page of articles at a time: the site is read twice
 * (once for the authors and tags the channel lists first), never held in memory.
 */
@Service
public class WxrExport {

	static final String WP = "http://wordpress.org/export/1.2/";

	static final String EXCERPT = "http://wordpress.org/export/1.2/excerpt/";

	static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";

	static final String DC = "http://purl.org/dc/elements/1.1/";

	private static final String WFW = "http://wellformedweb.org/CommentAPI/";

	private static final DateTimeFormatter WP_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final DateTimeFormatter RSS_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss +0000",
			Locale.ROOT);

	private static final String NO_DATE = "0000-00-00 00:00:00";

	private static final int PAGE = 200;

	private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

	private final ArticleCatalog catalog;

	private final CommentExport comments;

	private final Curation curation;

	private final WordPressSettings settings;

	private final MessageSource messages;

	private final String baseUrl;

	private final Clock clock;

	WxrExport(ArticleCatalog catalog, CommentExport comments, Curation curation, WordPressSettings settings,
			MessageSource messages, @Value("${khabar.web.base-url:}") String baseUrl, Clock clock) {
		this.catalog = catalog;
		this.comments = comments;
		this.curation = curation;
		this.settings = settings;
		this.messages = messages;
		this.baseUrl = baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
		this.clock = clock;
	}

	/** What an export wrote. */
	public record Summary(int articles, int comments, int attachments) {
	}

	/**
	 * Writes the export to {@code file}, through a temporary file beside it, so that a
	 * failed export never leaves half a file under the name.
	 */
	public Summary export(Path file) throws IOException {
		Path parent = file.toAbsolutePath().getParent();
		Path partial = Files.createTempFile(parent, file.getFileName().toString(), ".part");
		try {
			Summary summary;
			try (OutputStream out = Files.newOutputStream(partial)) {
				summary = export(out);
			}
			Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return summary;
		}
		finally {
			Files.deleteIfExists(partial);
		}
	}

	public Summary export(OutputStream out) throws IOException {
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
			var site = Site.read(catalog);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeCharacters("\n");
			xml.writeComment(" A WordPress eXtended RSS file written by Khabar: its articles, sections, tags,"
					+ " authors and comments, for WordPress's importer or another Khabar ");
			xml.writeCharacters("\n");
			xml.setPrefix("wp", WP);
			xml.writeStartElement("rss");
			xml.writeAttribute("version", "2.0");
			xml.writeNamespace("excerpt", EXCERPT);
			xml.writeNamespace("content", CONTENT);
			xml.writeNamespace("wfw", WFW);
			xml.writeNamespace("dc", DC);
			xml.writeNamespace("wp", WP);
			xml.writeCharacters("\n");
			xml.writeStartElement("channel");
			String name = messages.getMessage("site.name", null, "Khabar", Locale.forLanguageTag("fa-IR"));
			text(xml, "title", name);
			text(xml, "link", baseUrl);
			text(xml, "description", "");
			text(xml, "pubDate", RSS_DATE.format(clock.instant().atOffset(ZoneOffset.UTC)));
			text(xml, "language", "fa-IR");
			wp(xml, "wxr_version", "1.2");
			wp(xml, "base_site_url", baseUrl);
			wp(xml, "base_blog_url", baseUrl);
			for (BylineAuthor author : site.authors().values()) {
				xml.writeStartElement(WP, "author");
				wp(xml, "author_id", String.valueOf(author.id()));
				wpCdata(xml, "author_login", author.handle());
				wpCdata(xml, "author_email", "");
				wpCdata(xml, "author_display_name", author.name());
				wpCdata(xml, "author_first_name", "");
				wpCdata(xml, "author_last_name", "");
				end(xml);
			}
			for (Section section : catalog.sections()) {
				xml.writeStartElement(WP, "category");
				wp(xml, "term_id", String.valueOf(section.id()));
				wpCdata(xml, "category_nicename", slug(section.slug()));
				wpCdata(xml, "category_parent", "");
				wpCdata(xml, "cat_name", section.name());
				end(xml);
			}
			int tagId = 0;
			for (String tag : site.tags()) {
				xml.writeStartElement(WP, "tag");
				wp(xml, "term_id", String.valueOf(++tagId));
				wpCdata(xml, "tag_slug", tagSlug(tag));
				wpCdata(xml, "tag_name", tag);
				end(xml);
			}
			text(xml, "generator", "Khabar");
			Set<Long> leads = new HashSet<>(curation.articleIdsOf(Box.LEAD));
			int articles = 0;
			int written = 0;
			int attachments = 0;
			// attachments are numbered after the last article, so no two items share an
			// id
			long attachmentId = site.lastId();
			long after = 0;
			for (List<Article> page; !(page = catalog.after(after, PAGE)).isEmpty(); after = page.getLast().id()) {
				for (Article article : page) {
					Long thumbnail = null;
					if (article.media().type() == Media.Type.IMAGE && article.media().ref() != null) {
						thumbnail = ++attachmentId;
						attachment(xml, thumbnail, article);
						attachments++;
					}
					written += post(xml, article, thumbnail, leads.contains(article.id()));
					articles++;
				}
				xml.flush();
			}
			xml.writeEndElement();
			xml.writeCharacters("\n");
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
			return new Summary(articles, written, attachments);
		}
		catch (XMLStreamException ex) {
			throw new IOException("the export could not be written: " + ex.getMessage(), ex);
		}
	}

	/** The authors and tags of all articles, for the channel's lists, and the last id. */
	private record Site(Map<String, BylineAuthor> authors, Set<String> tags, long lastId) {

		static Site read(ArticleCatalog catalog) {
			Map<String, BylineAuthor> authors = new LinkedHashMap<>();
			Set<String> tags = new java.util.LinkedHashSet<>();
			long after = 0;
			for (List<Article> page; !(page = catalog.after(after, PAGE)).isEmpty(); after = page.getLast().id()) {
				for (Article article : page) {
					article.byline().authors().forEach(author -> authors.putIfAbsent(author.handle(), author));
					tags.addAll(article.tags());
				}
			}
			return new Site(authors, tags, after);
		}

	}

	private int post(XMLStreamWriter xml, Article article, @Nullable Long thumbnail, boolean sticky)
			throws XMLStreamException {
		xml.writeStartElement("item");
		cdata(xml, "title", article.title());
		text(xml, "link", baseUrl + article.path());
		Instant published = article.publishedAt();
		if (published != null) {
			text(xml, "pubDate", RSS_DATE.format(published.atOffset(ZoneOffset.UTC)));
		}
		List<BylineAuthor> authors = article.byline().authors();
		xml.writeStartElement(DC, "creator");
		xml.writeCData(authors.isEmpty() ? "" : authors.getFirst().handle());
		xml.writeEndElement();
		xml.writeStartElement("guid");
		xml.writeAttribute("isPermaLink", "false");
		xml.writeCharacters(baseUrl + "/?p=" + article.id());
		xml.writeEndElement();
		text(xml, "description", "");
		xml.writeStartElement(CONTENT, "encoded");
		cdataText(xml, article.bodyHtml());
		xml.writeEndElement();
		xml.writeStartElement(EXCERPT, "encoded");
		cdataText(xml, article.lead());
		xml.writeEndElement();
		wp(xml, "post_id", String.valueOf(article.id()));
		wpCdata(xml, "post_date", published == null ? NO_DATE : local(published));
		wpCdata(xml, "post_date_gmt", published == null ? NO_DATE : gmt(published));
		wpCdata(xml, "post_modified", local(article.updatedAt()));
		wpCdata(xml, "post_modified_gmt", gmt(article.updatedAt()));
		wpCdata(xml, "comment_status", article.comments().open() ? "open" : "closed");
		wpCdata(xml, "ping_status", "closed");
		wpCdata(xml, "post_name", slug(article.slug()));
		wpCdata(xml, "status", status(article.status()));
		wp(xml, "post_parent", "0");
		wp(xml, "menu_order", "0");
		wpCdata(xml, "post_type", "post");
		wpCdata(xml, "post_password", "");
		wp(xml, "is_sticky", sticky ? "1" : "0");
		category(xml, "category", slug(article.section().slug()), article.section().name());
		for (String tag : article.tags()) {
			category(xml, "post_tag", tagSlug(tag), tag);
		}
		if (article.kicker() != null) {
			meta(xml, settings.kickerKeys().getFirst(), article.kicker());
		}
		if (article.source().outlet() != null) {
			meta(xml, settings.sourceKeys().getFirst(), article.source().outlet());
		}
		if (thumbnail != null) {
			meta(xml, "_thumbnail_id", String.valueOf(thumbnail));
		}
		List<CommentExport.Exported> thread = comments.publishedAndHeld(article.id());
		for (CommentExport.Exported comment : thread) {
			comment(xml, comment);
		}
		xml.writeEndElement();
		xml.writeCharacters("\n");
		return thread.size();
	}

	private void attachment(XMLStreamWriter xml, long id, Article article) throws XMLStreamException {
		String url = absolute(article.media().ref());
		xml.writeStartElement("item");
		cdata(xml, "title", article.media().caption() == null ? article.title() : article.media().caption());
		text(xml, "link", url);
		xml.writeStartElement("guid");
		xml.writeAttribute("isPermaLink", "false");
		xml.writeCharacters(url);
		xml.writeEndElement();
		wp(xml, "post_id", String.valueOf(id));
		Instant date = article.publishedAt() == null ? article.createdAt() : article.publishedAt();
		wpCdata(xml, "post_date", local(date));
		wpCdata(xml, "post_date_gmt", gmt(date));
		wpCdata(xml, "post_name", "media-" + id);
		wpCdata(xml, "status", "inherit");
		wp(xml, "post_parent", String.valueOf(article.id()));
		wpCdata(xml, "post_type", "attachment");
		wpCdata(xml, "attachment_url", url);
		xml.writeEndElement();
		xml.writeCharacters("\n");
	}

	private void comment(XMLStreamWriter xml, CommentExport.Exported comment) throws XMLStreamException {
		xml.writeStartElement(WP, "comment");
		wp(xml, "comment_id", String.valueOf(comment.id()));
		wpCdata(xml, "comment_author", comment.authorName() == null ? "" : comment.authorName());
		wpCdata(xml, "comment_author_email", "");
		wp(xml, "comment_author_url", "");
		// Khabar never stores a commenter's address
		wpCdata(xml, "comment_author_IP", "");
		wpCdata(xml, "comment_date", local(comment.createdAt()));
		wpCdata(xml, "comment_date_gmt", gmt(comment.createdAt()));
		wpCdata(xml, "comment_content", comment.text());
		wpCdata(xml, "comment_approved", comment.status() == CommentStatus.PUBLISHED ? "1" : "0");
		wpCdata(xml, "comment_type", "comment");
		wp(xml, "comment_parent", String.valueOf(comment.parentId() == null ? 0 : comment.parentId()));
		wp(xml, "comment_user_id", "0");
		end(xml);
	}

	private static String status(ArticleStatus status) {
		return switch (status) {
			case PUBLISHED -> "publish";
			case SCHEDULED -> "future";
			case IN_REVIEW -> "pending";
			case DRAFT -> "draft";
			// withdrawn from the public: WordPress's nearest is a post only its editors
			// see
			case RETRACTED -> "private";
		};
	}

	private String absolute(@Nullable String ref) {
		String address = ref == null ? "" : ref;
		return URI.create(baseUrl + "/").resolve(address.replace(" ", "%20")).toString();
	}

	/** A slug as WordPress stores it: UTF-8, percent-encoded with lower-case hex. */
	static String slug(String text) {
		var slug = new StringBuilder();
		for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xff;
			if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.')) {
				slug.append((char) c);
			}
			else {
				slug.append('%').append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xf, 16));
			}
		}
		return slug.toString();
	}

	private static String tagSlug(String tag) {
		return slug(tag.strip().replaceAll("\\s+", "-").toLowerCase(Locale.ROOT));
	}

	private static String local(Instant instant) {
		return WP_DATE.format(instant.atZone(TEHRAN));
	}

	private static String gmt(Instant instant) {
		return WP_DATE.format(instant.atOffset(ZoneOffset.UTC));
	}

	private static void category(XMLStreamWriter xml, String domain, String nicename, String name)
			throws XMLStreamException {
		xml.writeStartElement("category");
		xml.writeAttribute("domain", domain);
		xml.writeAttribute("nicename", nicename);
		cdataText(xml, name);
		xml.writeEndElement();
	}

	private static void meta(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
		xml.writeStartElement(WP, "postmeta");
		wpCdata(xml, "meta_key", key);
		wpCdata(xml, "meta_value", value);
		xml.writeEndElement();
	}

	private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(xmlChars(value));
		xml.writeEndElement();
	}

	private static void cdata(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
		xml.writeStartElement(name);
		cdataText(xml, value);
		xml.writeEndElement();
	}

	private static void wp(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
		xml.writeStartElement(WP, name);
		xml.writeCharacters(xmlChars(value));
		xml.writeEndElement();
	}

	private static void wpCdata(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
		xml.writeStartElement(WP, name);
		cdataText(xml, value);
		xml.writeEndElement();
	}

	private static void end(XMLStreamWriter xml) throws XMLStreamException {
		xml.writeEndElement();
		xml.writeCharacters("\n");
	}

	/**
	 * CDATA as WordPress writes it: a {@code ]]>} inside is split across two sections.
	 */
	private static void cdataText(XMLStreamWriter xml, String value) throws XMLStreamException {
		String text = xmlChars(value);
		int from = 0;
		for (int end; (end = text.indexOf("]]>", from)) >= 0; from = end + 2) {
			xml.writeCData(text.substring(from, end + 2));
		}
		xml.writeCData(text.substring(from));
	}

	/** Characters XML 1.0 cannot hold (most C0 controls) left out. */
	private static String xmlChars(String text) {
		var clean = new StringBuilder(text.length());
		text.codePoints()
			.filter(c -> c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF))
			.forEach(clean::appendCodePoint);
		return clean.toString();
	}

}
