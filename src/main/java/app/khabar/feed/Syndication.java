package app.khabar.feed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

import org.jdom2.Document;
import org.jdom2.Namespace;
import org.jdom2.output.XMLOutputter;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;

import com.rometools.modules.mediarss.MediaEntryModuleImpl;
import com.rometools.modules.mediarss.types.MediaContent;
import com.rometools.modules.mediarss.types.Metadata;
import com.rometools.modules.mediarss.types.UrlReference;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;

import app.khabar.article.Article;
import app.khabar.article.ArticleCatalog;
import app.khabar.article.AuthorProfile;
import app.khabar.article.Byline;
import app.khabar.article.Media;
import app.khabar.article.Section;
import app.khabar.article.Tag;
import app.khabar.media.MediaLibrary;
import app.khabar.media.PixelSize;
import app.khabar.web.PageMeta;
import app.khabar.web.HtmlText;
import app.khabar.web.SiteAddress;
import app.khabar.web.Ui;

/**
 * The site's feeds, RSS 2.0 and Atom 1.0, written by ROME: the newest published articles
 * of the site, a section, a tag or an author, each with its lead, its sanitized body
 * (when {@code khabar.feed.full-content}), section and tags as categories, the byline's
 * authors (with their pages) or its text as author, and the main image as a Media RSS
 * element with its size. An item's update time is the article's last change, so a
 * correction shows in readers. Links use the site's address ({@link SiteAddress}).
 */
@Service
@EnableConfigurationProperties(FeedSettings.class)
public class Syndication {

	/** The two formats, with their media type and the path their feeds live under. */
	public enum Format {

		RSS("rss_2.0", "application/rss+xml", "/rss"), ATOM("atom_1.0", "application/atom+xml", "/atom");

		private final String romeType;

		private final MediaType mediaType;

		private final String root;

		Format(String romeType, String mediaType, String root) {
			this.romeType = romeType;
			this.mediaType = new MediaType(MediaType.parseMediaType(mediaType), StandardCharsets.UTF_8);
			this.root = root;
		}

		public MediaType mediaType() {
			return mediaType;
		}

		/**
		 * The path of a feed in this format: {@code /rss}, {@code /rss/{section}},
		 * {@code /rss/tag/{tag}}, {@code /rss/author/{handle}} (not %-encoded).
		 */
		public String path(Channel channel) {
			return root + channel.suffix();
		}

	}

	private final ArticleCatalog catalog;

	private final MediaLibrary media;

	private final SiteAddress site;

	private final Ui ui;

	private final FeedSettings settings;

	Syndication(ArticleCatalog catalog, MediaLibrary media, SiteAddress site, Ui ui, FeedSettings settings) {
		this.catalog = catalog;
		this.media = media;
		this.site = site;
		this.ui = ui;
		this.settings = settings;
	}

	/**
	 * What a feed is of: the site, a section, a tag or an author.
	 *
	 * @param suffix what follows {@code /rss} or {@code /atom} in the feed's path
	 * @param page the path of the page the feed follows (not %-encoded)
	 * @param name the section's, tag's or author's name; "" for the site
	 */
	public record Channel(Kind kind, String suffix, String page, String name) {

		public enum Kind {

			SITE, SECTION, TAG, AUTHOR

		}

		public static Channel site() {
			return new Channel(Kind.SITE, "", "/", "");
		}

		public static Channel of(Section section) {
			return new Channel(Kind.SECTION, "/" + section.slug(), "/service/" + section.slug(), section.name());
		}

		public static Channel of(Tag tag) {
			return new Channel(Kind.TAG, "/tag/" + Tag.segment(tag.name()), tag.path(), tag.name());
		}

		public static Channel of(AuthorProfile author) {
			return new Channel(Kind.AUTHOR, "/author/" + author.handle(), author.path(), author.name());
		}

		/** The RSS and Atom links of this channel, for a page's head. */
		public List<PageMeta.Feed> links(String title) {
			return PageMeta.Feed.rssAndAtom(title, Format.RSS.path(this), Format.ATOM.path(this));
		}

	}

	/** The feed of the whole site, as UTF-8. */
	public byte[] site(Format format) {
		return write(format, Channel.site(), catalog.newest(null, settings.items()));
	}

	/** The feed of a section, as UTF-8. */
	public byte[] section(Format format, Section section) {
		return write(format, Channel.of(section), catalog.newest(section, settings.items()));
	}

	/** The feed of a tag, as UTF-8. */
	public byte[] tag(Format format, Tag tag) {
		return write(format, Channel.of(tag), catalog.newestWithTag(tag, settings.items()));
	}

	/** The feed of an author's articles, as UTF-8. */
	public byte[] author(Format format, AuthorProfile author) {
		return write(format, Channel.of(author), catalog.newestByAuthor(author, settings.items()));
	}

	private byte[] write(Format format, Channel channel, List<Article> articles) {
		SyndFeed feed = new SyndFeedImpl();
		feed.setFeedType(format.romeType);
		feed.setTitle(switch (channel.kind()) {
			case SITE -> ui.t("site.name");
			case SECTION, AUTHOR -> ui.t("feed.syndication.title", channel.name());
			case TAG -> ui.t("feed.syndication.title", ui.t("feed.tag.heading", channel.name()));
		});
		feed.setDescription(switch (channel.kind()) {
			case SITE -> ui.t("feed.home.description");
			case SECTION -> ui.t("feed.section.description", channel.name());
			case TAG -> ui.t("feed.tag.description", channel.name());
			case AUTHOR -> ui.t("feed.author.description", channel.name());
		});
		String page = site.absoluteEncoded(channel.page());
		String self = site.absoluteEncoded(format.path(channel));
		feed.setLanguage("fa");
		feed.setLink(page);
		feed.setUri(self);
		feed.setLinks(List.of(link("alternate", page, "text/html"), link("self", self, format.mediaType.toString())));
		feed.setPublishedDate(Date
			.from(articles.stream().map(Article::updatedAt).max(Comparator.naturalOrder()).orElse(Instant.EPOCH)));
		feed.setEntries(articles.stream().map(this::entry).toList());
		try {
			Document document = new SyndFeedOutput().outputJDom(feed);
			if (format == Format.ATOM) {
				// ROME's Atom writer has no xml:lang (RSS says it in <language>);
				// xml:base
				// resolves the body's site paths (/media/...)
				document.getRootElement().setAttribute("lang", "fa", Namespace.XML_NAMESPACE);
				document.getRootElement().setAttribute("base", site.absolute("/"), Namespace.XML_NAMESPACE);
			}
			var out = new ByteArrayOutputStream(32 * 1024);
			new XMLOutputter(org.jdom2.output.Format.getRawFormat().setEncoding("UTF-8")).output(document, out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (FeedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private SyndEntry entry(Article article) {
		SyndEntry entry = new SyndEntryImpl();
		String url = site.absolute(article.path());
		entry.setTitle(article.title());
		entry.setLink(url);
		entry.setUri(url);
		entry.setPublishedDate(Date.from(article.publishedAt() != null ? article.publishedAt() : article.createdAt()));
		entry.setUpdatedDate(Date.from(article.updatedAt()));
		List<SyndPerson> authors = authors(article);
		entry.setAuthors(authors);
		// RSS 2.0's dc:creator
		entry.setAuthor(authors.stream().map(SyndPerson::getName).collect(Collectors.joining("، ")));
		entry.setDescription(content("text", article.lead()));
		if (settings.fullContent()) {
			entry.setContents(
					List.of(content("html", HtmlText.withAbsoluteLinks(article.bodyHtml(), site.absolute("/")))));
		}
		List<SyndCategory> categories = new ArrayList<>();
		categories.add(category(article.section().name()));
		article.tags().forEach(tag -> categories.add(category(tag)));
		entry.setCategories(categories);
		Media main = article.media();
		if (main.type() == Media.Type.IMAGE && main.ref() != null) {
			entry.getModules().add(image(main));
		}
		return entry;
	}

	/**
	 * The byline's authors with their pages, else its text, else the outlet of the
	 * source, else the site.
	 */
	private List<SyndPerson> authors(Article article) {
		Byline byline = article.byline();
		if (!byline.authors().isEmpty()) {
			return byline.authors()
				.stream()
				.map(author -> person(author.name(), site.absoluteEncoded(author.path())))
				.toList();
		}
		String outlet = article.source().outlet();
		String name = byline.text() != null ? byline.text()
				: outlet != null && !outlet.isBlank() ? outlet : ui.t("site.name");
		return List.of(person(name, null));
	}

	private static SyndPerson person(String name, @Nullable String uri) {
		SyndPerson person = new SyndPersonImpl();
		person.setName(name);
		person.setUri(uri);
		return person;
	}

	private MediaEntryModuleImpl image(Media main) {
		var content = new MediaContent(new UrlReference(URI.create(site.absolute(main.ref()))));
		content.setMedium("image");
		media.imageSize(main.ref()).ifPresent((PixelSize size) -> {
			content.setWidth(size.width());
			content.setHeight(size.height());
		});
		if (main.caption() != null) {
			var metadata = new Metadata();
			metadata.setDescription(main.caption());
			content.setMetadata(metadata);
		}
		var module = new MediaEntryModuleImpl();
		module.setMediaContents(new MediaContent[] { content });
		return module;
	}

	private static SyndContent content(String type, String value) {
		SyndContent content = new SyndContentImpl();
		content.setType(type);
		content.setValue(value);
		return content;
	}

	private static SyndCategory category(String name) {
		SyndCategory category = new SyndCategoryImpl();
		category.setName(name);
		return category;
	}

	private static SyndLink link(String rel, String href, String type) {
		SyndLink link = new SyndLinkImpl();
		link.setRel(rel);
		link.setHref(href);
		link.setType(type);
		return link;
	}

}
