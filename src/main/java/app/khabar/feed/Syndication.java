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
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;

import app.khabar.article.Article;
import app.khabar.article.ArticleCatalog;
import app.khabar.article.Media;
import app.khabar.article.Section;
import app.khabar.media.MediaLibrary;
import app.khabar.media.PixelSize;
import app.khabar.web.SiteAddress;
import app.khabar.web.Ui;

/**
 * The site's feeds, RSS 2.0 and Atom 1.0, written by ROME: the newest published articles
 * of the site or of a section, each with its lead, its sanitized body (when
 * {@code khabar.feed.full-content}), section and tags as categories, the source as
 * author, and the main image as a Media RSS element with its size. An item's update time
 * is the article's last change, so a correction shows in readers. Links use the site's
 * address ({@link SiteAddress}).
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

		/** The feed's path: {@code /rss} or {@code /rss/{section}}. */
		public String path(@Nullable Section section) {
			return section == null ? root : root + "/" + section.slug();
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
	 * The feed of a section, or of the whole site when {@code section} is null, as UTF-8.
	 */
	public byte[] feed(Format format, @Nullable Section section) {
		List<Article> articles = catalog.newest(section, settings.items());
		String page = section == null ? "/" : "/service/" + section.slug();
		SyndFeed feed = new SyndFeedImpl();
		feed.setFeedType(format.romeType);
		feed.setTitle(section == null ? ui.t("site.name") : ui.t("feed.syndication.section-title", section.name()));
		feed.setDescription(
				section == null ? ui.t("feed.home.description") : ui.t("feed.section.description", section.name()));
		feed.setLanguage("fa");
		feed.setLink(site.absolute(page));
		feed.setUri(site.absolute(format.path(section)));
		feed.setLinks(List.of(link("alternate", site.absolute(page), "text/html"),
				link("self", site.absolute(format.path(section)), format.mediaType.toString())));
		feed.setPublishedDate(Date
			.from(articles.stream().map(Article::updatedAt).max(Comparator.naturalOrder()).orElse(Instant.EPOCH)));
		feed.setEntries(articles.stream().map(this::entry).toList());
		try {
			Document document = new SyndFeedOutput().outputJDom(feed);
			if (format == Format.ATOM) {
				// ROME's Atom writer has no xml:lang; RSS says it in <language>
				document.getRootElement().setAttribute("lang", "fa", Namespace.XML_NAMESPACE);
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
		entry.setAuthor(author(article));
		entry.setDescription(content("text", article.lead()));
		if (settings.fullContent()) {
			entry.setContents(List.of(content("html", article.bodyHtml())));
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

	private String author(Article article) {
		String outlet = article.source().outlet();
		return outlet != null && !outlet.isBlank() ? outlet : ui.t("site.name");
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
